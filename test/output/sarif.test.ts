import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { artifactUri, caseRules, FINGERPRINT_KEY, formatSarif, MAX_RESULTS } from "../../src/output/sarif";
import { analyseCaseText } from "../../src/pipeline/analyse";
import { allRules } from "../../src/orders/index";
import type { Diagnostic, FileReport } from "../../src/diagnostics/types";
import { sarifErrors } from "../support/sarif";

function expectValid(log: unknown) {
  expect(sarifErrors(log)).toEqual([]);
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
    expect(sarifErrors({ version: "2.1.0", runs: [{ tool: { driver: {} } }] })).not.toEqual([]);
    expect(sarifErrors({ version: "2.1.0", runs: [{ tool: { driver: { name: "x" } }, results: [{ message: { text: "m" }, level: "info" }] }] })).not.toEqual([]);
    expect(sarifErrors({ version: "2.1.0", runs: [{ tool: { driver: { name: "x", rules: [{ id: "r", helpUri: "docs/r.md" }] } } }] })).not.toEqual([]);
  });

  it("writes a valid SARIF 2.1.0 log for no files", () => {
    const log = JSON.parse(formatSarif([]));
    expectValid(log);
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toBe("https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json");
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

  it("describes every rule, plus schema and yaml-syntax, with its citation, and no help link when no address is known", () => {
    const { rules } = JSON.parse(formatSarif([])).runs[0].tool.driver;
    expect(rules.map((r: { id: string }) => r.id)).toEqual(["yaml-syntax", "schema", ...allRules.map((r) => r.id)]);
    for (const rule of allRules) {
      const descriptor = rules.find((r: { id: string }) => r.id === rule.id);
      expect(descriptor.properties.citation).toBe(rule.citation);
      expect(descriptor.shortDescription.text).toContain(rule.summary.replace(/\.$/, ""));
      expect(descriptor.fullDescription.text).toContain(rule.summary);
      expect(descriptor.help.text).toContain(`ancillary explain ${rule.id}`);
      expect(descriptor.defaultConfiguration.level).toBe({ error: "error", warning: "warning", info: "note" }[rule.severity]);
      expect(descriptor.helpUri).toBeUndefined();
    }
  });

  it("links each rule to its page, absolutely, under the documentation's address", () => {
    const base = "https://github.com/example/ancillary/blob/0123456789abcdef0123456789abcdef01234567/";
    const log = JSON.parse(formatSarif([], { docsBase: base }));
    expectValid(log);
    const links = Object.fromEntries(log.runs[0].tool.driver.rules.map((r: { id: string; helpUri: string }) => [r.id, r.helpUri]));
    expect(links["schema"]).toBe(`${base}docs/findings/schema.md`);
    expect(links["dates-consistent"]).toBe(`${base}docs/rules/dates-consistent.md`);
    // Every page linked to is one the package ships.
    for (const rule of caseRules()) expect(readFileSync(join(__dirname, "..", "..", rule.page), "utf8").length).toBeGreaterThan(0);
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

  it("gives each result a fingerprint that follows it when lines move, and tells apart findings that share it", () => {
    const sarif = (diagnostics: Diagnostic[]) =>
      JSON.parse(formatSarif([{ filePath: "case.yaml", diagnostics }])).runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints[FINGERPRINT_KEY]);
    const [here] = sarif([diagnostic({})]);
    expect(here).toMatch(/^[0-9a-f]{32}:1$/);
    expect(sarif([diagnostic({ line: 40, column: 1 })])).toEqual([here]);
    expect(sarif([diagnostic({ path: ["offences", 1, "committed", "to"] })])).not.toEqual([here]);
    expect(sarif([diagnostic({ identity: "a" }), diagnostic({ identity: "a", line: 20 }), diagnostic({ identity: "b" })])).toEqual([
      expect.stringMatching(/:1$/),
      expect.stringMatching(/:2$/),
      expect.stringMatching(/:1$/),
    ]);
  });

  it("points to the other places a finding concerns", () => {
    const log = JSON.parse(formatSarif([{ filePath: "case.yaml", diagnostics: [diagnostic({ related: [{ file: "golden/a b.txt", line: 0, message: "the approved wording" }] })] }]));
    expectValid(log);
    expect(log.runs[0].results[0].relatedLocations).toEqual([
      { id: 1, physicalLocation: { artifactLocation: { uri: "golden/a%20b.txt" }, region: { startLine: 1 } }, message: { text: "the approved wording" } },
    ]);
  });

  it("keeps within code scanning's 25,000 results a run, the most severe first, and says how many it left out", () => {
    const diagnostics = [...Array.from({ length: MAX_RESULTS }, (_, i) => diagnostic({ severity: "warning", line: i + 1 })), diagnostic({ severity: "error", line: MAX_RESULTS + 1 })];
    const log = JSON.parse(formatSarif([{ filePath: "case.yaml", diagnostics }]));
    const run = log.runs[0];
    expect(run.results).toHaveLength(MAX_RESULTS);
    expect(run.results[0].level).toBe("error");
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toMatch(/^Left out: 1 of the least severe results, as code scanning takes at most 25,000 in a run\./);
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
