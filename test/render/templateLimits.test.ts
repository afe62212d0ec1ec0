import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyseCaseText } from "../../src/pipeline/analyse";
import { buildViewModel } from "../../src/orders/deprivation/view";
import { loadTemplates } from "../../src/render/templates";
import { MAX_NESTING, MAX_TEMPLATE_BYTES, TemplateError } from "../../src/render/templateLimits";
import { precompile } from "../support/precompile";

const root = join(__dirname, "..", "..");
const example = buildViewModel(analyseCaseText(readFileSync(join(root, "examples", "threat-to-control-former-partner.yaml"), "utf8")).case!);

/** The template error loading a folder gives (fails the test if it loads). */
function refusal(dir: string): TemplateError {
  try {
    loadTemplates(dir, new Map());
  } catch (error) {
    if (error instanceof TemplateError) return error;
    throw error;
  }
  throw new Error("expected the templates to be refused");
}

describe("templates drafting can rely on", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "ancillary-limits-"));
    cpSync(join(root, "templates"), dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string) => writeFileSync(join(dir, file), text);
  const append = (file: string, text: string) => write(file, readFileSync(join(dir, file), "utf8") + text);

  it("accepts the shipped templates", () => {
    expect(loadTemplates(dir, new Map()).map((t) => t.fileName)).toEqual(["application.docx", "confidential-schedule.docx", "order.docx", "order.txt", "plan-checklist.docx", "platform-reports.docx", "restraining-notice.docx", "restraining-order.docx", "result.docx", "result.txt", "shpo-notice.docx", "shpo-order.docx"]);
  });

  it("refuses a partial that includes itself, at the {{> }} that does", () => {
    write("partials/identifiers.hbs", "Exhibit {{identifiers.exhibit}}\n{{#if identifiers.imei}}{{> identifiers}}{{/if}}");
    const error = refusal(dir);
    expect(error).toMatchObject({ ruleId: "template-recursion", templatePath: join(dir, "partials", "identifiers.hbs"), line: 2, column: 25 });
    expect(error.message).toBe('the partial "identifiers" includes itself: drafting would never end; remove this {{> identifiers}}');
  });

  it("refuses partials that include each other, naming the whole loop", () => {
    write("partials/use-route-short.hbs", "used{{> seizure-route}}");
    write("partials/seizure-route.hbs", "seized{{> use-route-short}}");
    const error = refusal(dir);
    expect(error.ruleId).toBe("template-recursion");
    expect(error.message).toMatch(/^the partial "(seizure-route|use-route-short)" includes itself, through (seizure-route|use-route-short) → (seizure-route|use-route-short) → \1: drafting would never end/);
  });

  it("refuses blocks nested more deeply than the limit, naming the place", () => {
    const depth = MAX_NESTING + 1;
    append("order.txt.hbs", `\n${"{{#if reference}}".repeat(depth)}x${"{{/if}}".repeat(depth)}\n`);
    const error = refusal(dir);
    expect(error.templatePath).toBe(join(dir, "order.txt.hbs"));
    expect(error.message).toBe(`blocks and partials are nested ${depth} levels deep from here, more than the ${MAX_NESTING} allowed: flatten the {{#...}} blocks or shorten the chain of partials`);
  });

  it("counts the levels of partials inside partials with the blocks around them", () => {
    for (let i = 0; i < MAX_NESTING; i++) write(`partials/level${i}.hbs`, i === MAX_NESTING - 1 ? "x" : `{{#if reference}}{{> level${i + 1}}}{{/if}}`);
    append("order.txt.hbs", "\n{{> level0}}\n");
    expect(refusal(dir).message).toMatch(/^blocks and partials are nested \d+ levels deep from here/);
  });

  it("refuses partials that multiply: each including the next twice, twenty deep", () => {
    for (let i = 0; i < 20; i++) write(`partials/twice${i}.hbs`, i === 19 ? "x" : `{{> twice${i + 1}}}{{> twice${i + 1}}}`);
    append("order.txt.hbs", "\n{{> twice0}}\n");
    const error = refusal(dir);
    expect(error).toMatchObject({ ruleId: "template-limit", templatePath: join(dir, "order.txt.hbs") });
    expect(error.message).toMatch(/^includes partials more than 10,000 times over/);
  });

  it("refuses a template file over the size limit before reading it", () => {
    write("partials/identifiers.hbs", "x".repeat(MAX_TEMPLATE_BYTES + 1));
    expect(() => loadTemplates(dir, new Map())).toThrow(`is ${(MAX_TEMPLATE_BYTES + 1).toLocaleString("en-GB")} bytes, over the 262,144-byte limit for a template`);
  });

  it.each([
    ["{{log reference}}", 'the built-in helper "log" is switched off'],
    ['{{#with (lookup this "reference")}}{{this}}{{/with}}', 'the built-in helper "lookup" is switched off'],
    ['{{#*inline "x"}}y{{/inline}}', "inline partials and decorators"],
    ['{{> (or "identifiers")}}', "a partial's name must be written out"],
    ["{{> no-such-partial}}", 'includes the partial "no-such-partial", but there is no templates/partials/no-such-partial.hbs'],
  ])("refuses %s, at its place", (written, message) => {
    append("order.txt.hbs", `\nAnd ${written}\n`);
    const error = refusal(dir);
    expect(error.message).toContain(message);
    expect(error.templatePath).toBe(join(dir, "order.txt.hbs"));
    const lines = readFileSync(join(dir, "order.txt.hbs"), "utf8").split("\n");
    expect(error.line).toBe(lines.length - 1);
  });

  it("stops a partial that includes itself with one error even in code precompiled without the checks", () => {
    write("partials/identifiers.hbs", "{{#if identifiers.exhibit}}{{> identifiers}}{{/if}}");
    const templates = loadTemplates(dir, precompile(dir));
    const order = templates.find((t) => t.fileName === "order.txt")!;
    expect(() => order.render(example)).toThrow(new TemplateError(join(dir, "partials", "identifiers.hbs"), 1, 1, `the partial "identifiers" is included more than ${MAX_NESTING} levels deep: a partial may not include itself, directly or through other partials`, "template-recursion"));
  });

  it("does not let `log` write anything, even in code precompiled without the checks", () => {
    append("order.txt.hbs", "\n{{log reference}}\n");
    const order = loadTemplates(dir, precompile(dir)).find((t) => t.fileName === "order.txt")!;
    const written = [jest.spyOn(console, "log"), jest.spyOn(console, "info"), jest.spyOn(console, "error"), jest.spyOn(console, "warn"), jest.spyOn(console, "debug")];
    try {
      expect(() => order.render(example)).toThrow();
      for (const spy of written) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of written) spy.mockRestore();
    }
  });
});
