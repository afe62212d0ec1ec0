import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { packageRoot, runCli } from "../support/cli";
import { Scratch } from "../check/scratch";

const sarifSchema = JSON.parse(readFileSync(join(__dirname, "..", "support", "sarif-schema-2.1.0.json"), "utf8")) as Record<string, unknown>;
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
for (const [name, pattern] of Object.entries({ uri: /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/, "uri-reference": /^[^\s"<>\\^`{|}]*$/, "date-time": /^\d{4}-\d\d-\d\dT/, uuid: /^[0-9a-f-]{36}$/i })) {
  ajv.addFormat(name, (value: string) => pattern.test(value));
}
const validateSarif = ajv.compile(sarifSchema);

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
    beforeAll(() => {
      scratch = new Scratch();
      args = ["check", "--templates", scratch.templates, "--golden", scratch.golden, "--examples", scratch.examples, "--fixtures", scratch.fixtures];
      expect(runCli([...args, "--update"]).code).toBe(0);
    });
    afterAll(() => scratch.remove());

    it("writes SARIF that code scanning reads: each finding at the template's line and column", () => {
      const at = scratch.edit("order.docx.hbs", "hearingDate}}", "hearingDat}}");
      scratch.edit("partials/court-heading.hbs", "IN THE CROWN COURT AT", "IN THE CROWN COURT SITTING AT");
      const result = runCli([...args, "--format", "sarif"], { cwd: scratch.root });
      expect(result.code).toBe(1);
      const log = JSON.parse(result.stdout) as { runs: Array<{ results: Array<{ ruleId: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }> }> }> };
      expect(validateSarif(log)).toBe(true);
      const results = log.runs[0].results;
      const unknown = results.find((r) => r.ruleId === "template-unknown-variable")!;
      expect(unknown.message.text).toContain('unknown variable "hearingDat"; did you mean "hearingDate"?');
      expect(unknown.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: "templates/order.docx.hbs" }, region: { startLine: at.line, startColumn: at.column } });
      const wording = results.filter((r) => r.ruleId === "wording-changed");
      expect(wording.map((r) => r.locations[0].physicalLocation.artifactLocation.uri)).toContain("templates/partials/court-heading.hbs");
      expect(wording.map((r) => r.message.text)).toContainEqual(expect.stringContaining("order.txt paragraph 1 changed in 1 of 3 cases"));
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
