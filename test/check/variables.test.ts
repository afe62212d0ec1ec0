import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadTemplateSet } from "../../src/check/compile";
import { checkVariables } from "../../src/check/variables";
import { deprivationViewShape } from "../../src/orders/deprivation/viewShape";
import { documentShapeOf } from "../../src/check/documentShapes";
import { repoTemplates } from "./scratch";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Checks one document template (and partials) and returns "line:column rule message" for each finding. */
function check(document: string, partials: Record<string, string> = {}): string[] {
  const dir = mkdtempSync(join(tmpdir(), "ancillary-vars-"));
  dirs.push(dir);
  mkdirSync(join(dir, "partials"));
  writeFileSync(join(dir, "doc.txt.hbs"), document);
  for (const [name, text] of Object.entries(partials)) writeFileSync(join(dir, "partials", `${name}.hbs`), text);
  const set = loadTemplateSet(dir);
  const found = [...set.diagnostics, ...checkVariables(set, () => deprivationViewShape).diagnostics];
  return found.map((d) => `${d.file.endsWith("doc.txt.hbs") ? "" : d.file.split("/").pop() + ":"}${d.line}:${d.column} ${d.ruleId} ${d.message}`);
}

describe("the names a template uses", () => {
  it("are all known in the repository's own templates", () => {
    const set = loadTemplateSet(repoTemplates);
    expect(set.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(checkVariables(set, (document) => documentShapeOf(`${document}.hbs`)).diagnostics).toEqual([]);
  });

  it("may be any field of the view model, at any depth, printed or tested", () => {
    expect(check("{{reference}} {{court.locationUpper}} {{application.retrieval.days}} {{#if defendant.dateOfBirth}}{{defendant.dateOfBirth}}{{/if}}")).toEqual([]);
  });

  it("report an unknown name at its line and 1-based column, with the nearest known name", () => {
    expect(check("Line one\n  {{defendant.nmae}}")).toEqual(['2:5 template-unknown-variable unknown variable "defendant.nmae"; did you mean "defendant.name"?']);
  });

  it("suggest nothing when no name is close, but list the known names in the hint", () => {
    const dir = mkdtempSync(join(tmpdir(), "ancillary-vars-"));
    dirs.push(dir);
    writeFileSync(join(dir, "doc.txt.hbs"), "{{court.building}}");
    const [d] = checkVariables(loadTemplateSet(dir), () => deprivationViewShape).diagnostics;
    expect(d.message).toBe('unknown variable "court.building"');
    expect(d.hint).toBe('the names known in "court" are: level, location, locationUpper, caseNumber');
  });

  it("are checked inside #if, #unless, {{else}}, helper arguments, subexpressions and hash values", () => {
    expect(
      check(
        [
          "{{#if anonymty}}x{{else if otherSentense}}y{{/if}}",
          "{{#unless application.disposl}}z{{/unless}}",
          '{{pick defendant.pronon he="his"}}',
          "{{#if (or application.totlValue otherSentence)}}{{/if}}",
          "{{pick defendant.pronoun he=defendant.nam}}",
        ].join("\n"),
      ),
    ).toEqual([
      '1:7 template-unknown-variable unknown variable "anonymty"; did you mean "anonymity"?',
      '1:28 template-unknown-variable unknown variable "otherSentense"; did you mean "otherSentence"?',
      '2:11 template-unknown-variable unknown variable "application.disposl"; did you mean "application.disposal"?',
      '3:8 template-unknown-variable unknown variable "defendant.pronon"; did you mean "defendant.pronoun"?',
      '4:11 template-unknown-variable unknown variable "application.totlValue"; did you mean "application.totalValue"?',
      '5:29 template-unknown-variable unknown variable "defendant.nam"; did you mean "defendant.name"?',
    ]);
  });

  it("change inside #each to the item's fields, with this, ../, @root, @index, @first, @last and a numbered element", () => {
    const ok = [
      "{{#each property}}{{number}} {{this.description}} {{../reference}} {{@root.defendant.name}} {{@index}}{{#if @first}}{{/if}}{{#unless @last}}{{/unless}}",
      "{{#each use.offences}}{{title}} {{../number}} {{@../index}} {{@root.law.power}}{{/each}}{{#if use.offences.[1]}}s{{/if}}{{use.offences.length}}",
      "{{/each}}",
    ].join("\n");
    expect(check(ok)).toEqual([]);
    expect(check("{{#each property}}\n{{reference}} {{numbr}}{{/each}}{{@index}}")).toEqual([
      '2:3 template-unknown-variable unknown variable "reference"; did you mean "@root.reference"?',
      '2:17 template-unknown-variable unknown variable "numbr"; did you mean "number"?',
      '2:35 template-unknown-variable unknown variable "@index"',
    ]);
  });

  it("know block parameters of #each and #with, and that {{else}} of #each is outside the list", () => {
    expect(check("{{#each property as |item i|}}{{item.number}} {{i}} {{item.nubmer}}{{else}}{{number}}{{/each}}")).toEqual([
      '1:55 template-unknown-variable unknown variable "item.nubmer"; did you mean "item.number"?',
      '1:78 template-unknown-variable unknown variable "number"',
    ]);
    expect(check("{{#with defendant as |d|}}{{name}} {{d.pronoun}} {{../reference}} {{age}}{{/with}}")).toEqual([
      '1:69 template-unknown-variable unknown variable "age"',
    ]);
  });

  it("analyse a partial in each context it is used in", () => {
    const partials = { item: "Item {{number}}: {{description}}" };
    expect(check("{{#each property}}{{> item}}{{/each}}", partials)).toEqual([]);
    expect(check("{{#each property}}{{> item}}{{/each}}\n{{> item}}", partials)).toEqual([
      'item.hbs:1:8 template-unknown-variable unknown variable "number"',
      'item.hbs:1:20 template-unknown-variable unknown variable "description"',
    ]);
    expect(check("{{#each property}}{{> item identifiers}}{{/each}}", { item: "{{exhibit}} {{number}}" })).toEqual([
      'item.hbs:1:15 template-unknown-variable unknown variable "number"; did you mean "../number"?',
    ]);
    expect(check("{{> itme}}", partials)).toEqual([
      '1:5 template-unknown-partial there is no partial "itme"; did you mean "item"?',
      'item.hbs:1:1 template-unused-partial the partial "item" is not used by any document, so it is not checked',
    ]);
  });

  it("report unknown helpers, and helpers used the wrong way", () => {
    expect(check('{{shout defendant.name}}\n{{#ifEqual court.level "crown"}}x{{/ifEqual}}\n{{#if (same court.level "crown")}}{{/if}}')).toEqual([
      '1:3 template-unknown-helper unknown helper "shout"',
      '2:4 template-unknown-helper unknown helper "ifEqual"',
      '3:8 template-unknown-helper unknown helper "same"',
    ]);
    expect(check('{{#pick defendant.pronoun he="x"}}{{/pick}}{{#if}}{{/if}}{{if anonymity}}{{#eq court.level}}{{/eq}}')).toEqual([
      '1:4 template-helper-usage "pick" cannot open a block',
      '1:47 template-helper-usage "if" takes 1 value, but is given 0',
      '1:60 template-helper-usage "if" must open a block',
      '1:77 template-helper-usage "eq" takes 2 values, but is given 1',
    ]);
  });

  it("report a group or list printed as if it were text, and #each over something that is not a list", () => {
    expect(check("{{defendant}} {{property}} {{#each defendant.name}}{{/each}}")).toEqual([
      '1:3 template-not-a-value "defendant" is a group of fields, not a value that can be printed',
      '1:17 template-not-a-value "property" is a list, not a value that can be printed',
      '1:36 template-not-a-list {{#each}} needs a list, but "defendant.name" is a piece of text',
    ]);
  });

  it("report a path into a list without #each, and into a value", () => {
    expect(check("{{property.number}} {{reference.text}}")).toEqual([
      '1:3 template-unknown-variable unknown variable "property.number": "property" is a list, so it has no "number"',
      '1:23 template-unknown-variable unknown variable "reference.text": "reference" is a piece of text, so it has no "text"',
    ]);
  });

  it("report a syntax error at its line and column", () => {
    expect(check("one\n {{#if anonymity}}\nx")).toEqual(["2:2 template-syntax the template does not compile: {{#if}} is never closed"]);
    expect(check("one\n{{#each property}}{{number}\n")).toEqual([expect.stringMatching(/^2:\d+ template-syntax the template does not compile: unexpected character inside \{\{ \}\}/)]);
    // Handlebars' grammar (its token names) stays out of it.
    expect(check("{{hearing Date}}}")).toEqual([expect.stringMatching(/^1:\d+ template-syntax the template does not compile: unexpected \}\}\} \(templates close \{\{ with \}\}\)$/)]);
    expect(check("{{ }}")).toEqual([expect.stringMatching(/^1:\d+ template-syntax the template does not compile: unexpected \}\}: a name or value was expected before it$/)]);
    expect(check("{{#if anonymity}}x{{/unless}}")).toEqual(["1:4 template-syntax the template does not compile: if doesn't match unless"]);
  });

  it("warn about a partial no document uses", () => {
    expect(check("x", { spare: "{{anything}}" })).toEqual(['spare.hbs:1:1 template-unused-partial the partial "spare" is not used by any document, so it is not checked']);
    // Not while a document does not compile: it may be the one that uses it.
    expect(check("{{> spare}} {{#if anonymity}}", { spare: "{{reference}}" })).toEqual(["1:13 template-syntax the template does not compile: {{#if}} is never closed"]);
  });
});
