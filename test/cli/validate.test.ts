import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageRoot, runCli } from "../support/cli";
import { codeScanningProblems, sarifErrors } from "../support/sarif";

const root = packageRoot;
const example = join(root, "examples", "threat-to-control-former-partner.yaml");
const run = (...args: string[]) => runCli(args);

describe("ancillary validate", () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "ancillary-validate-"));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("passes every example", () => {
    const files = readdirSync(join(root, "examples")).filter((f) => f.endsWith(".yaml")).map((f) => join(root, "examples", f));
    const result = run("validate", ...files);
    expect(result.stdout).toContain("no errors");
    expect(result.code).toBe(0);
  });

  it("writes SARIF, with problems of every kind present, that the official schema and code scanning accept", () => {
    const fixtures = join(root, "test", "fixtures", "rules");
    const files = readdirSync(fixtures).filter((f) => f.endsWith(".yaml")).map((f) => join("test", "fixtures", "rules", f));
    const broken = join(scratch, "broken.yaml");
    writeFileSync(broken, "version: 1\ncourt: [\n");
    const shapeless = join(scratch, "shapeless.yaml");
    writeFileSync(shapeless, "version: 1\n");
    const env = { GITHUB_SERVER_URL: undefined, GITHUB_REPOSITORY: undefined, GITHUB_SHA: undefined, GITHUB_WORKSPACE: undefined };
    const result = runCli(["validate", "--format", "sarif", ...files, broken, shapeless], { env });
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout) as { runs: Array<{ results: Array<{ ruleId: string; level: string }> }> };
    expect(sarifErrors(log)).toEqual([]);
    expect(codeScanningProblems(log)).toEqual([]);
    const results = log.runs[0].results;
    expect(new Set(results.map((r) => r.level))).toEqual(new Set(["error", "warning", "note"]));
    expect(results.map((r) => r.ruleId)).toEqual(expect.arrayContaining(["yaml-syntax", "schema", "complainant-named", "property-condition"]));
    // Run by the repository's own workflow, each rule links to its page at the commit checked.
    const sha = "0123456789abcdef0123456789abcdef01234567";
    const linked = runCli(["validate", "--format", "sarif", files[0]], {
      env: { GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: "example/ancillary", GITHUB_SHA: sha, GITHUB_WORKSPACE: root },
    });
    const rules = (JSON.parse(linked.stdout) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri: string }> } } }> }).runs[0].tool.driver.rules;
    expect(rules.find((r) => r.id === "schema")!.helpUri).toBe(`https://github.com/example/ancillary/blob/${sha}/docs/findings/schema.md`);
    expect(rules.find((r) => r.id === "property-condition")!.helpUri).toBe(`https://github.com/example/ancillary/blob/${sha}/docs/rules/property-condition.md`);
  });

  it("still accepts a format v1 case charging voyeurism as the whole of s.67, with a warning that says what changed", () => {
    const v1 = join(scratch, "v1-voyeurism.yaml");
    const text = readFileSync(example, "utf8")
      .replace("provision: SOA2003:66B(4)", "provision: SOA2003:67")
      .replace(/    proportionality: >-\n(?:      .*\n)+/, "");
    writeFileSync(v1, text);
    const result = run("validate", v1);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/v1-voyeurism\.yaml:\d+:\d+ warning \[provision-precise\]/);
    expect(result.stdout).toContain("`SOA2003:67(3)`");
    expect(result.stdout).toMatch(/warning \[proportionality\]/);
  });

  it("reports every problem at once, each at its line and column, compiler style", () => {
    const broken = join(scratch, "two-problems.yaml");
    writeFileSync(broken, readFileSync(example, "utf8").replace("level: magistrates", "level: county").replace("amount: 180", "amount: lots"));
    const result = run("validate", broken);
    expect(result.code).toBe(1);
    const lines = result.stdout.split("\n");
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${broken}:7:10 error \\[schema\\] court\\.level must be one of: magistrates, crown`)));
    expect(lines).toContainEqual(expect.stringMatching(/:\d+:\d+ error \[schema\] property\[0\]\.value\.amount must be a number/));
    expect(lines).toContainEqual("  hint: use one of the listed words exactly");
  });

  it("prints JSON per file with rule id, severity, message, line, column and citation", () => {
    const broken = join(scratch, "scotland.yaml");
    writeFileSync(broken, readFileSync(example, "utf8").replace("jurisdiction: england-and-wales", "jurisdiction: scotland"));
    const result = run("validate", broken, example, "--format", "json");
    expect(result.code).toBe(1);
    const files = JSON.parse(result.stdout);
    expect(files.map((f: { filePath: string }) => f.filePath)).toEqual([broken, example]);
    expect(files[0].messages).toContainEqual(
      expect.objectContaining({ ruleId: "jurisdiction", severity: "error", line: 9, column: 17, citation: expect.stringContaining("Sentencing Act 2020") }),
    );
  });

  it("keeps an all-digit reference written without quotes exactly as written", () => {
    const digits = join(scratch, "digits.yaml");
    writeFileSync(digits, readFileSync(example, "utf8").replace('reference: "41LN0456726"', "reference: 01234567890"));
    const out = join(scratch, "digits-out");
    expect(run("draft", digits, "--out", out).code).toBe(0);
    expect(readFileSync(join(out, "order.txt"), "utf8")).toContain("01234567890");
  });

  it("says what to do when called wrongly, exit 2", () => {
    const none = run("validate");
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/missing required argument/);
    const badFormat = run("validate", example, "--format", "xml");
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toMatch(/Allowed choices are text, json, sarif/);
  });
  it("prints a file name's control and invisible characters as escapes, never raw, in findings and in errors", () => {
    const broken = join(scratch, "a\u001b[31mb\u202e.yaml");
    writeFileSync(broken, "version: [");
    const missing = join(scratch, "gone\u0007.yaml");
    const result = run("validate", broken, missing);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`${scratch}/a\\x1b[31mb\\u202e.yaml:1:`);
    expect(result.stderr).toBe(`${scratch}/gone\\x07.yaml: does not exist: check the path\n`);
    expect(result.stdout + result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    const json = run("validate", "--format", "json", broken);
    expect(json.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect((JSON.parse(json.stdout) as Array<{ filePath: string }>)[0].filePath).toBe(broken);
  });
});
