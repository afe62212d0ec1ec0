import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyseCaseText } from "../../src/pipeline/analyse";
import { hoverText, positionOf, YamlLanguageServer, type Diagnostic } from "../support/yamlLanguageServer";

/**
 * What a person writing a case sees in an editor: the yaml-language-server
 * (which VS Code's YAML extension and most other editors run), reading the
 * schema named on each file's first line, as examples/ and `ancillary init` write it.
 */

const root = join(__dirname, "..", "..");
const examplesDir = join(root, "examples");
const example = join(examplesDir, "threat-to-control-former-partner.yaml");
const exampleText = readFileSync(example, "utf8");
const starter = join(root, "schemas", "starter-case.yaml");
const starterText = readFileSync(starter, "utf8");

/** A document beside the examples that exists only in the editor, so its first line finds the schema the same way. */
const unsaved = (name: string) => join(examplesDir, `unsaved-${name}.yaml`);

/** One line of a document as `validate` numbers it (from 1), for comparing with the editor (from 0). */
const lineOf = (d: Diagnostic) => d.range.start.line + 1;

let server: YamlLanguageServer;

beforeAll(async () => {
  server = await YamlLanguageServer.start();
});

afterAll(async () => {
  await server?.stop();
});

describe("in an editor: hovers", () => {
  it("show a field's help as markdown, with code shown as code rather than literal backticks", async () => {
    await server.open(example);
    const hover = hoverText(await server.hover(example, positionOf(exampleText, "level:", 1)));
    expect(hover.kind).toBe("markdown");
    expect(hover.value).toContain("`magistrates` for a magistrates' court, `crown` for the Crown Court.");
    expect(hover.value).not.toContain("\\`");
  });

  it("show the help of a text field, e.g. the reference", async () => {
    await server.open(example);
    const hover = hoverText(await server.hover(example, positionOf(exampleText, "reference:", 1)));
    expect(hover.value).toContain("Put the court's own case number in `court.caseNumber`.");
    expect(hover.value).not.toContain("\\`");
  });

  it("show case names in italics", async () => {
    await server.open(example);
    const hover = hoverText(await server.hover(example, positionOf(exampleText, "evidence:", 1)));
    expect(hover.value).toContain("*R v Wright-Hadley* [2022] EWCA Crim 446");
  });
});

describe("in an editor: completion", () => {
  it("offers the allowed words for a field", async () => {
    const path = unsaved("level");
    const text = exampleText.replace("level: magistrates", "level: ");
    await server.open(path, text);
    const labels = (await server.completion(path, positionOf(text, "level: ", "level: ".length))).map((item) => item.label);
    expect(labels.sort()).toEqual(["crown", "magistrates"]);
  });

  it("offers the fields a mapping may still have, e.g. a defendant's date of birth", async () => {
    const path = unsaved("defendant");
    const text = exampleText.replace(/^defendant: .*$/m, "defendant:\n  name: Martin OAKES\n  \n  pronoun: he");
    expect(text).toContain("  name: Martin OAKES\n  \n");
    await server.open(path, text);
    const labels = (await server.completion(path, positionOf(text, "  name: Martin OAKES\n  \n", "  name: Martin OAKES\n  ".length))).map((item) => item.label);
    expect(labels).toContain("dateOfBirth");
    expect(labels).not.toContain("name");
  });
});

describe("in an editor: problems underlined", () => {
  it("underlines nothing in any example shipped with ancillary", async () => {
    const files = readdirSync(examplesDir).filter((f) => f.endsWith(".yaml"));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) expect({ file, problems: await server.open(join(examplesDir, file)) }).toEqual({ file, problems: [] });
  });

  it("underlines each placeholder of the starter file once, in plain words", async () => {
    const problems = await server.open(starter);
    const placeholderLines = starterText
      .split("\n")
      .map((line, index) => ({ line: index + 1, text: line }))
      .filter(({ text }) => !text.trimStart().startsWith("#") && /"(REPLACE\b|YYYY-MM-DD")/.test(text))
      .map(({ line }) => line);
    expect(placeholderLines.length).toBeGreaterThan(30);
    expect(problems.map(lineOf)).toEqual(placeholderLines);
    for (const problem of problems) {
      expect(problem.message).not.toMatch(/Matches a schema that is not allowed|pattern|\\d|\^/);
    }
    const at = (fragment: string) => problems.find((p) => lineOf(p) === positionOf(starterText, fragment).line + 1)?.message;
    expect(at('location: "REPLACE')).toBe(
      "Still a placeholder from ancillary init: replace the whole text, including the word REPLACE, with the real value, or delete the line if the field is optional.",
    );
    expect(at('date: "YYYY-MM-DD"')).toBe("A date, written YYYY-MM-DD: replace it with the real date, e.g. 2026-09-14, or delete the line if the field is optional.");
    expect(at("amount:")).toBe("A number of pounds, without quotes or a currency sign, e.g. 180.");
    expect(at("holdsIntimateImages:")).toBe("Write true or false, without quotes.");
    expect(at("level:")).toBe('Value is not accepted. Valid values: "magistrates", "crown".');
  });
});

describe("the editor and `ancillary validate` agree", () => {
  it("on the starter file: the same lines, and for text and dates the same advice", async () => {
    const problems = await server.open(starter);
    const findings = analyseCaseText(starterText).diagnostics;
    expect(findings.length).toBeGreaterThan(30);
    expect(problems.map(lineOf)).toEqual(findings.map((f) => f.line));
    for (const finding of findings.filter((f) => f.message.includes("placeholder") && /text|date/.test(f.hint ?? ""))) {
      const problem = problems.find((p) => lineOf(p) === finding.line);
      expect({ line: finding.line, editor: problem?.message }).toEqual({ line: finding.line, editor: expect.stringContaining(String(finding.hint)) });
    }
  });

  it("both accept a reference and an IMEI written as bare numbers, kept exactly as written", async () => {
    const text = exampleText.replace('reference: "41LN0456726"', "reference: 01234567890").replace('imei: "356789104563218"', "imei: 356789104563218");
    expect(text).toContain("reference: 01234567890");
    expect(text).toContain("imei: 356789104563218 ");
    expect(await server.open(unsaved("bare-numbers"), text)).toEqual([]);
    const analysis = analyseCaseText(text);
    expect(analysis.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(analysis.case?.reference).toBe("01234567890");
    expect(analysis.case?.property[0].identifiers?.imei).toBe("356789104563218");
  });

  it("both refuse true or false where text is expected, on the same line", async () => {
    const text = exampleText.replace("reference: \"41LN0456726\"", "reference: true");
    const problems = await server.open(unsaved("true-reference"), text);
    const findings = analyseCaseText(text).diagnostics.filter((d) => d.severity === "error");
    expect(problems.map(lineOf)).toEqual([positionOf(text, "reference: true").line + 1]);
    expect(findings.map((f) => f.line)).toEqual(problems.map(lineOf));
    expect(problems[0].message).toContain("Put it in quotes if it is the word true or false");
    expect(findings[0].message).toBe("reference must be text, not true or false");
  });
});
