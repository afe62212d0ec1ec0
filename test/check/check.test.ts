import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { validCase } from "../support/cases";
import { Scratch } from "./scratch";

/**
 * `ancillary check` on a scratch copy of the templates: each kind of breakage
 * a template edit can cause is caught, at the template's file, line and column.
 */
describe("ancillary check on a copy of the templates", () => {
  let scratch: Scratch;
  beforeEach(async () => {
    scratch = new Scratch();
    // The copy starts clean: write its golden files.
    const update = await scratch.check("--update");
    expect({ code: update.code, out: update.out }).toEqual({ code: 0, out: expect.stringContaining("Updated 9 golden files") });
  });
  afterEach(() => scratch.remove());

  it("passes when nothing has changed", async () => {
    const result = await scratch.check();
    expect(result.err).toBe("");
    expect(result.out).toMatch(/3 document templates, \d+ partials and 3 cases checked: no errors, 0 warnings\n$/);
    expect(result.code).toBe(0);
  });

  it("reports an unknown variable at top level, at its line and column, with the nearest known name", async () => {
    const at = scratch.edit("application.docx.hbs", "hearingDate}}", "hearingDat}}");
    const result = await scratch.check();
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      `${scratch.path("application.docx.hbs")}:${at.line}:${at.column} error [template-unknown-variable] unknown variable "hearingDat"; did you mean "hearingDate"?`,
    );
  });

  it("reports an unknown variable inside #if", async () => {
    const at = scratch.edit("application.docx.hbs", "{{#if anonymity}}", "{{#if anonymty}}");
    const result = await scratch.check();
    expect(result.code).toBe(1);
    const column = at.column + "{{#if ".length;
    expect(result.out).toContain(`application.docx.hbs:${at.line}:${column} error [template-unknown-variable] unknown variable "anonymty"; did you mean "anonymity"?`);
  });

  it("reports an unknown variable in a helper's argument", async () => {
    const at = scratch.edit("order.txt.hbs", "pick defendant.pronoun", "pick defendant.pronon");
    const result = await scratch.check();
    expect(result.code).toBe(1);
    const column = at.column + "pick ".length;
    expect(result.out).toContain(`order.txt.hbs:${at.line}:${column} error [template-unknown-variable] unknown variable "defendant.pronon"; did you mean "defendant.pronoun"?`);
  });

  it("reports an unknown variable in a block helper's argument inside a partial, with where the partial is used", async () => {
    const at = scratch.edit("partials/court-heading.hbs", "court.level", "court.levle");
    const result = await scratch.check();
    expect(result.code).toBe(1);
    expect(result.out).toContain(`court-heading.hbs:${at.line}:${at.column} error [template-unknown-variable] unknown variable "court.levle"; did you mean "court.level"?`);
    expect(result.out).toMatch(/hint: .*in the partial as used at .*application\.docx\.hbs:\d+/);
  });

  it("reports an unknown helper, and a misspelt block helper", async () => {
    const pick = scratch.edit("order.docx.hbs", "{{pick defendant.pronoun", "{{choose defendant.pronoun");
    const iff = scratch.edit("application.docx.hbs", "{{#if law.cpsGuidanceBeforeHearing}}", "{{#iff law.cpsGuidanceBeforeHearing}}");
    scratch.edit("application.docx.hbs", "{{/if}}", "{{/iff}}");
    const result = await scratch.check();
    expect(result.code).toBe(1);
    expect(result.out).toContain(`order.docx.hbs:${pick.line}:${pick.column + 2} error [template-unknown-helper] unknown helper "choose"`);
    expect(result.out).toContain(`application.docx.hbs:${iff.line}:${iff.column + 3} error [template-unknown-helper] unknown helper "iff"; did you mean "if"?`);
  });

  it("knows the fields of a property item inside #each, and not outside it", async () => {
    scratch.edit("order.txt.hbs", "{{/each}}", "{{#if identifiers.imei}}{{number}}{{/if}}{{/each}}");
    expect((await scratch.check()).out).not.toContain("template-unknown-variable");
    const at = scratch.edit("order.txt.hbs", "# Deprivation order", "{{number}}\n\n# Deprivation order");
    const result = await scratch.check();
    expect(result.out).toContain(`order.txt.hbs:${at.line}:${at.column + 2} error [template-unknown-variable] unknown variable "number"`);
  });

  it("analyses a partial in the context it is used in: a case-level name inside #each property needs @root", async () => {
    const at = scratch.edit("partials/identifiers.hbs", "{{#if identifiers.exhibit}}", "{{reference}}{{#if identifiers.exhibit}}");
    const result = await scratch.check();
    expect(result.code).toBe(1);
    expect(result.out).toContain(`identifiers.hbs:${at.line}:${at.column + 2} error [template-unknown-variable] unknown variable "reference"; did you mean "@root.reference"?`);
  });

  it("fails when an edit drops an element the law requires, and says which", async () => {
    const text = scratch.read("application.docx.hbs");
    scratch.write("application.docx.hbs", text.slice(0, text.indexOf("@signature")));
    const result = await scratch.check();
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /application\.docx\.hbs:1:1 error \[template-required-element\] application\.docx no longer contains the signature block: who makes the application, and when \[signature\]: missing in 3 of 3 cases \(crown: it has no signature block\)/,
    );
  });

  it("fails when an edit drops the regard to value and effects from the order", async () => {
    scratch.edit("order.txt.hbs", " of making this order ({{law.regard}})", "");
    const result = await scratch.check();
    expect(result.code).toBe(1);
    expect(result.out).toContain("error [template-required-element] order.txt no longer contains the court's regard to the value of the property and the effects on the defendant [regard]: missing in 3 of 3 cases");
    expect(result.out).toContain("(Sentencing Act 2020, s.155)");
  });

  it("shows a changed word as a paragraph diff with a summary, and passes once --update accepts it", async () => {
    scratch.edit("partials/court-heading.hbs", "IN THE CROWN COURT AT", "IN THE CROWN COURT SITTING AT");
    const changed = await scratch.check();
    expect(changed.code).toBe(1);
    expect(changed.out).toContain("order.docx paragraph 1 changed in 1 of 3 cases");
    expect(changed.out).toContain("application.docx paragraph 1 changed in 1 of 3 cases");
    expect(changed.out).toMatch(/^-\s+IN THE CROWN COURT AT ST ALBANS$/m);
    expect(changed.out).toMatch(/^\+\s+IN THE CROWN COURT SITTING AT ST ALBANS$/m);
    expect(changed.out).toMatch(/in crown:\n--- .*golden\/crown\/order\.docx\.txt\n\+\+\+ order\.docx as the templates draft it now\n@@ -1,1 \+1,1 @@/);
    expect(changed.out).toMatch(/the wording is at .*partials\/court-heading\.hbs:2/);

    const update = await scratch.check("--update");
    expect(update.code).toBe(0);
    expect(update.out).toContain("Updated 3 golden files");
    expect(readFileSync(join(scratch.golden, "crown", "order.docx.txt"), "utf8")).toContain("IN THE CROWN COURT SITTING AT ST ALBANS");
    expect((await scratch.check()).code).toBe(0);
  });

  it("numbers a changed paragraph in the new document, and reports an added one without calling the rest changed", async () => {
    scratch.edit("order.txt.hbs", "{{defendant.name}} was convicted of:", "Sentence was passed today.\n\n{{defendant.name}} was convicted of:");
    const result = await scratch.check();
    expect(result.code).toBe(1);
    expect(result.out).toContain("order.txt paragraph 5 added in 3 of 3 cases");
    expect(result.out).not.toMatch(/order\.txt paragraph \d+ changed/);
  });

  it("reports a syntax error at its line and column, and drafts nothing", async () => {
    const at = scratch.edit("order.docx.hbs", "{{/each}}", "{{/eachh}}");
    const result = await scratch.check();
    expect(result.code).toBe(1);
    expect(result.out).toMatch(new RegExp(`order\\.docx\\.hbs:\\d+:\\d+ error \\[template-syntax\\] the template does not compile: each doesn't match eachh`));
    expect(result.out).toContain("neither the required elements nor the wording were checked");
    expect(at.line).toBeGreaterThan(1);
  });

  it("refuses --update while a template has errors, and leaves the golden files alone", async () => {
    scratch.edit("partials/court-heading.hbs", "IN THE CROWN COURT AT", "IN THE CROWN COURT SITTING AT {{court.name}}");
    const result = await scratch.check("--update");
    expect(result.code).toBe(1);
    expect(result.out).toContain("The golden files were not updated");
    expect(readFileSync(join(scratch.golden, "crown", "order.docx.txt"), "utf8")).not.toContain("SITTING");
  });

  it("reports a case without golden files, and a golden file nothing drafts any more; --update settles both", async () => {
    writeFileSync(join(scratch.examples, "new-case.yaml"), stringify(validCase()));
    mkdirSync(join(scratch.golden, "removed-case"));
    writeFileSync(join(scratch.golden, "removed-case", "order.txt.txt"), "old wording\n");
    const result = await scratch.check();
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/new-case\.yaml:1:1 error \[golden-missing\] this case has no golden file for any of its 3 documents/);
    expect(result.out).toMatch(/removed-case\/order\.txt\.txt:1:1 error \[golden-stale\]/);
    expect((await scratch.check("--update")).code).toBe(0);
    expect(existsSync(join(scratch.golden, "removed-case"))).toBe(false);
    expect(existsSync(join(scratch.golden, "new-case", "order.txt.txt"))).toBe(true);
    expect((await scratch.check()).code).toBe(0);
  });

  it("drafts fixtures that draft, in subfolders too, and leaves out those that do not", async () => {
    mkdirSync(join(scratch.fixtures, "rules"));
    writeFileSync(join(scratch.fixtures, "rules", "fine.yaml"), stringify(validCase()));
    writeFileSync(join(scratch.fixtures, "rules", "broken.yaml"), "version: 1\ncourt: [\n");
    const update = await scratch.check("--update");
    expect(update.code).toBe(0);
    expect(update.out).toContain("(1 fixture left out: it does not draft)");
    expect(existsSync(join(scratch.golden, "fixtures", "rules", "fine", "application.docx.txt"))).toBe(true);
  });

  it("prints JSON with the findings, the changed wording and the summary", async () => {
    scratch.edit("partials/court-heading.hbs", "IN THE CROWN COURT AT", "IN THE CROWN COURT SITTING AT");
    const result = await scratch.check("--format", "json");
    expect(result.code).toBe(1);
    const json = JSON.parse(result.out) as { ok: boolean; summary: string[]; wording: Array<{ document: string; cases: string[]; diff: string }>; files: unknown[] };
    expect(json.ok).toBe(false);
    expect(json.summary).toEqual(["application.docx paragraph 1 changed in 1 of 3 cases", "order.docx paragraph 1 changed in 1 of 3 cases", "order.txt paragraph 1 changed in 1 of 3 cases"]);
    expect(json.wording[0]).toMatchObject({ document: "application.docx", cases: ["crown"] });
    expect(json.wording[0].diff).toMatch(/^\+\s+IN THE CROWN COURT SITTING AT ST ALBANS$/m);
    expect(json.files).toHaveLength(1);
  });

  it("is a usage error (exit 2) when the templates folder cannot be read", async () => {
    const result = await scratch.check("--templates", join(scratch.root, "nowhere"));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/nowhere: cannot be read as a folder of templates/);
  });
});
