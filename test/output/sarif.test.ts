import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { artifactUri, formatSarif } from "../../src/output/sarif";
import { analyseCaseText } from "../../src/pipeline/analyse";
import { allRules } from "../../src/rules/index";
import type { Diagnostic, FileReport } from "../../src/diagnostics/types";

/**
 * The SARIF 2.1.0 schema (JSON Schema 2020-12), vendored from
 * @microsoft/sarif-multitool-linux@5.7.0: see its `$comment`.
 */
const sarifSchema = JSON.parse(readFileSync(join(__dirname, "..", "support", "sarif-schema-2.1.0.json"), "utf8")) as Record<string, unknown>;

/** The four formats the schema uses, checked here without ajv-formats. */
const formats = {
  uri: (value: string) => /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/.test(value),
  "uri-reference": (value: string) => !/[\s"<>\\^`{|}]/.test(value),
  "date-time": (value: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(value),
  uuid: (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
};

// strictRequired is off: the schema lists `required` properties inside anyOf branches that declare no `properties`.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
for (const [name, validate] of Object.entries(formats)) ajv.addFormat(name, validate);
const validateSarif = ajv.compile(sarifSchema);

function expectValid(log: unknown) {
  const ok = validateSarif(log);
  expect(validateSarif.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

const fixtures = join(__dirname, "..", "fixtures", "rules");

function reportFor(file: string, text?: string): FileReport {
  const content = text ?? readFileSync(join(fixtures, file), "utf8");
  return { filePath: join(fixtures, file), diagnostics: analyseCaseText(content).diagnostics };
}

const diagnostic = (over: Partial<Diagnostic>): Diagnostic => ({
  ruleId: "dates-consistent",
  severity: "error",
  message: "the period charged for offence O1 ends before it begins",
  path: ["offences", 0, "committed", "to"],
  hint: "swap `from` and `to`",
  citation: "Sentencing Act 2020, s.153",
  line: 12,
  column: 5,
  ...over,
});

describe("formatSarif", () => {
  it("rejects an invalid log (the validator is live)", () => {
    expect(validateSarif({ version: "2.1.0", runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validateSarif({ version: "2.1.0", runs: [{ tool: { driver: { name: "x" } }, results: [{ message: { text: "m" }, level: "info" }] }] })).toBe(false);
  });

  it("writes a valid SARIF 2.1.0 log for no files", () => {
    const log = JSON.parse(formatSarif([]));
    expectValid(log);
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].results).toEqual([]);
  });

  it("writes a valid log for every rule fixture at once", () => {
    const files = readdirSync(fixtures).filter((f) => f.endsWith(".yaml"));
    const reports = files.map((f) => reportFor(f));
    const log = JSON.parse(formatSarif(reports));
    expectValid(log);
    expect(log.runs[0].results).toHaveLength(reports.reduce((n, r) => n + r.diagnostics.length, 0));
    expect(new Set(log.runs[0].results.map((r: { level: string }) => r.level))).toEqual(new Set(["error", "warning", "note"]));
  });

  it("describes every rule, plus schema and yaml-syntax, with its citation and no helpUri", () => {
    const { rules } = JSON.parse(formatSarif([])).runs[0].tool.driver;
    expect(rules.map((r: { id: string }) => r.id)).toEqual(["yaml-syntax", "schema", ...allRules.map((r) => r.id)]);
    for (const rule of allRules) {
      const descriptor = rules.find((r: { id: string }) => r.id === rule.id);
      expect(descriptor.properties.citation).toBe(rule.citation);
      expect(descriptor.fullDescription.text).toContain(rule.summary);
      expect(descriptor.help.text).toContain(`ancillary explain ${rule.id}`);
      expect(descriptor.defaultConfiguration.level).toBe({ error: "error", warning: "warning", info: "note" }[rule.severity]);
      expect(descriptor.helpUri).toBeUndefined();
    }
  });

  it("names the tool `ancillary` with the package version", () => {
    const { driver } = JSON.parse(formatSarif([])).runs[0].tool;
    expect(driver.name).toBe("ancillary");
    expect(driver.version).toBe((require("../../package.json") as { version: string }).version);
  });

  it("places each result at its file (relative, forward slashes), line and column, with message, citation and hint", () => {
    const log = JSON.parse(formatSarif([{ filePath: join(process.cwd(), "cases", "a b", "case.yaml"), diagnostics: [diagnostic({})] }]));
    expectValid(log);
    const [result] = log.runs[0].results;
    expect(result.ruleId).toBe("dates-consistent");
    expect(log.runs[0].tool.driver.rules[result.ruleIndex].id).toBe("dates-consistent");
    expect(result.level).toBe("error");
    expect(result.message.text).toBe("the period charged for offence O1 ends before it begins (Sentencing Act 2020, s.153). Hint: swap `from` and `to`.");
    expect(result.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: "cases/a%20b/case.yaml" }, region: { startLine: 12, startColumn: 5 } });
  });

  it("maps info to note and warning to warning", () => {
    const log = JSON.parse(formatSarif([{ filePath: "x.yaml", diagnostics: [diagnostic({ severity: "info" }), diagnostic({ severity: "warning", hint: undefined, citation: undefined })] }]));
    expectValid(log);
    expect(log.runs[0].results.map((r: { level: string }) => r.level)).toEqual(["note", "warning"]);
    expect(log.runs[0].results[1].message.text).toBe("the period charged for offence O1 ends before it begins.");
  });

  it("reports schema and YAML syntax findings under their own descriptors", () => {
    const broken = reportFor("broken.yaml", "version: 1\ncourt: [\n");
    const shapeless = reportFor("shapeless.yaml", "version: 1\n");
    expect(broken.diagnostics[0].ruleId).toBe("yaml-syntax");
    expect(shapeless.diagnostics[0].ruleId).toBe("schema");
    const log = JSON.parse(formatSarif([broken, shapeless]));
    expectValid(log);
    const ids = log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    for (const result of log.runs[0].results) expect(ids[result.ruleIndex]).toBe(result.ruleId);
  });

  it("keeps a result for an unknown rule id valid, without a ruleIndex", () => {
    const log = JSON.parse(formatSarif([{ filePath: "x.yaml", diagnostics: [diagnostic({ ruleId: "something-new" })] }]));
    expectValid(log);
    expect(log.runs[0].results[0].ruleIndex).toBeUndefined();
  });

  it("never places a result before line 1, column 1", () => {
    const log = JSON.parse(formatSarif([{ filePath: "x.yaml", diagnostics: [diagnostic({ line: 0, column: 0 })] }]));
    expectValid(log);
    expect(log.runs[0].results[0].locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 1 });
  });

  it("never prints a complainant's name", () => {
    expect(formatSarif([reportFor("complainant-named.yaml")])).not.toMatch(/joanna|pelham/i);
  });
});

describe("artifactUri", () => {
  it("makes paths relative to the working directory, with forward slashes", () => {
    expect(artifactUri("/work/project/cases/one.yaml", "/work/project")).toBe("cases/one.yaml");
    expect(artifactUri("./cases/one.yaml")).toBe("cases/one.yaml");
    expect(artifactUri("cases\\sub\\one.yaml")).toBe("cases/sub/one.yaml");
  });

  it("keeps `..` for a file outside the working directory and encodes unsafe characters", () => {
    expect(artifactUri("/work/other/#1 case.yaml", "/work/project")).toBe("../other/%231%20case.yaml");
  });
});
