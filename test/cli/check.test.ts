import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot, runCli } from "../support/cli";
import { position, Scratch } from "../check/scratch";
import { codeScanningProblems, sarifErrors } from "../support/sarif";
import { CHECK_RULES } from "../../src/check/checkRules";
import { FINGERPRINT_KEY } from "../../src/output/sarif";

/** A GitHub Actions run of the workflow that checks ancillary's own templates, from this checkout. */
const sha = "0123456789abcdef0123456789abcdef01234567";
const inActions = { GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: "example/ancillary", GITHUB_SHA: sha, GITHUB_WORKSPACE: packageRoot };
const notInActions = { GITHUB_SERVER_URL: undefined, GITHUB_REPOSITORY: undefined, GITHUB_SHA: undefined, GITHUB_WORKSPACE: undefined };

interface Result {
  ruleId: string;
  ruleIndex: number;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }>;
  partialFingerprints: Record<string, string>;
  relatedLocations?: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
}
interface Log {
  runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri?: string }> } }; results: Result[] }>;
}

describe("ancillary check (the built CLI)", () => {
  it("passes on the repository's own templates, examples, fixtures and golden files", () => {
    const result = runCli(["check"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/checked: no errors/);
    expect(result.code).toBe(0);
    // check --update wrote them and says so in the golden folder's index.
    const index = JSON.parse(readFileSync(join(packageRoot, "test", "golden", "ancillary-golden.json"), "utf8")) as { files: Record<string, string> };
    expect(Object.keys(index.files).length).toBeGreaterThan(0);
  });

  describe("on a broken copy of the templates", () => {
    let scratch: Scratch;
    let args: string[];
    beforeEach(() => {
      scratch = new Scratch();
      args = ["check", "--templates", scratch.templates, "--golden", scratch.golden, "--examples", scratch.examples, "--fixtures", scratch.fixtures];
      expect(runCli([...args, "--update"]).code).toBe(0);
    });
    afterEach(() => scratch.remove());

    const sarif = (env: NodeJS.ProcessEnv = notInActions): Log => {
      const result = runCli([...args, "--format", "sarif"], { cwd: scratch.root, env });
      expect(result.code).toBe(1);
      return JSON.parse(result.stdout) as Log;
    };
    const fingerprints = (log: Log, ruleId: string) => log.runs[0].results.filter((r) => r.ruleId === ruleId).map((r) => r.partialFingerprints[FINGERPRINT_KEY]);

    it("writes SARIF that the official schema and code scanning accept, each finding at the template's line and column", () => {
      const at = scratch.edit("order.docx.hbs", "hearingDate}}", "hearingDat}}");
      scratch.edit("order.txt.hbs", "{{> convictions}}", "{{> convictions}}{{nosuch defendant}}");
      const text = scratch.read("application.docx.hbs");
      scratch.write("application.docx.hbs", text.replace(text.slice(text.indexOf("{{!-- [s155]"), text.indexOf("1. Value:")), ""));
      scratch.edit("partials/court-heading.hbs", "IN THE CROWN COURT AT", "IN THE CROWN COURT SITTING AT");
      const log = sarif();
      expect(sarifErrors(log)).toEqual([]);
      expect(codeScanningProblems(log)).toEqual([]);
      const { results, tool } = log.runs[0];
      // The rules are check's, every one described; each result names its own by index.
      expect(tool.driver.rules.map((r) => r.id)).toEqual(CHECK_RULES.map((r) => r.id));
      expect(new Set(results.map((r) => r.ruleId))).toEqual(new Set(["template-unknown-variable", "template-unknown-helper", "template-render", "template-required-element", "wording-changed"]));
      const unknown = results.find((r) => r.ruleId === "template-unknown-variable")!;
      expect(unknown.message.text).toContain('unknown variable "hearingDat"; did you mean "hearingDate"?');
      expect(unknown.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: "templates/order.docx.hbs" }, region: { startLine: at.line, startColumn: at.column } });
      const wording = results.filter((r) => r.ruleId === "wording-changed");
      expect(wording.map((r) => r.locations[0].physicalLocation.artifactLocation.uri)).toContain("templates/partials/court-heading.hbs");
      expect(wording.map((r) => r.message.text)).toContainEqual(expect.stringContaining("application.docx paragraph 1 changed in 1 of 3 cases"));
      // Each changed paragraph is its own result, told apart by its fingerprint, and pointing to the approved wording.
      expect(new Set(fingerprints(log, "wording-changed")).size).toBe(wording.length);
      for (const result of wording) expect(result.relatedLocations![0].physicalLocation.artifactLocation.uri).toMatch(/^golden\/.*\.txt$/);
      // The dropped element is where it was taken out (just above what now follows it), not at the top of the template.
      const dropped = results.find((r) => r.ruleId === "template-required-element")!;
      const now = scratch.read("application.docx.hbs");
      expect(dropped.message.text).toContain("[regard]");
      expect(dropped.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: "templates/application.docx.hbs" }, region: { startLine: position(now, now.indexOf("1. Value:")).line, startColumn: 1 } });
      expect(dropped.relatedLocations!.map((r) => r.physicalLocation.artifactLocation.uri)).toEqual(["templates/requirements.json", expect.stringMatching(/^golden\/.*\/application\.docx\.txt$/)]);
      // No message quotes a case, or Handlebars' internals.
      for (const result of results) expect(result.message.text).not.toMatch(/\[object |not defined in|ST ALBANS|Martin OAKES|^[-+]/m);
    });

    it("keeps a finding's fingerprint from run to run, and when lines move or other wording changes", () => {
      scratch.edit("partials/court-heading.hbs", "IN THE CROWN COURT AT", "IN THE CROWN COURT SITTING AT");
      const first = sarif();
      expect(fingerprints(sarif(), "wording-changed")).toEqual(fingerprints(first, "wording-changed"));
      // Lines above it move, and another paragraph changes too.
      scratch.write("partials/court-heading.hbs", `{{!-- a note above the heading --}}\n${scratch.read("partials/court-heading.hbs")}`);
      scratch.edit("order.txt.hbs", "was convicted of", "was found guilty of");
      const later = sarif();
      expect(later.runs[0].results.filter((r) => r.ruleId === "wording-changed").length).toBeGreaterThan(first.runs[0].results.length);
      expect(fingerprints(later, "wording-changed")).toEqual(expect.arrayContaining(fingerprints(first, "wording-changed")));
    });

    it("reports a syntax error in SARIF the schema accepts", () => {
      const text = scratch.read("order.txt.hbs");
      const at = position(text, text.indexOf("{{/each}}"));
      scratch.write("order.txt.hbs", text.replace("{{/each}}", "{{/eahc}}"));
      const log = sarif();
      expect(sarifErrors(log)).toEqual([]);
      expect(codeScanningProblems(log)).toEqual([]);
      const syntax = log.runs[0].results.find((r) => r.ruleId === "template-syntax")!;
      expect(syntax.locations[0].physicalLocation.region.startLine).toBe(at.line);
    });

    it("links each rule to its section of docs/templates.md at the commit checked, when the repository's own workflow runs it", () => {
      scratch.edit("partials/court-heading.hbs", "IN THE CROWN COURT AT", "IN THE CROWN COURT SITTING AT");
      const log = sarif(inActions);
      expect(codeScanningProblems(log)).toEqual([]);
      for (const rule of log.runs[0].tool.driver.rules) expect(rule.helpUri).toBe(`https://github.com/example/ancillary/blob/${sha}/docs/templates.md#${rule.id}`);
      for (const rule of sarif().runs[0].tool.driver.rules) expect(rule.helpUri).toBeUndefined();
    });
  });

  it("is a usage error (exit 2) for an unknown format or an argument it does not take", () => {
    expect(runCli(["check", "--format", "xml"]).code).toBe(2);
    expect(runCli(["check", "templates/order.txt.hbs"]).code).toBe(2);
    expect(runCli(["check", "--examples", "no-such-folder"]).code).toBe(2);
  });

  it("explains itself in --help", () => {
    const result = runCli(["check", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("--update");
    expect(result.stdout).toContain("--format <format>");
  });
});
