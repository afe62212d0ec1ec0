import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { packageRoot, runCli } from "../support/cli";
import { chargeCase } from "../plan/support";

const atCharge = join(packageRoot, "examples", "at-charge-phone-not-yet-seized.yaml");
const complainantName = ["Rosalind", "Featherstone"];
const run = (...args: string[]) => runCli(args);

describe("ancillary plan", () => {
  let scratch: string;
  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), "ancillary-plan-"));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  it("lists, for the case at charge, what to do item by item and order by order, and exits 1 as actions remain", () => {
    const result = run("plan", atCharge);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^.*at-charge-phone-not-yet-seized\.yaml: 14 actions before the hearing on 16 December 2026\n/);
    expect(result.stdout).toMatch(/1\. \[seize-or-record-possession\] item P1, deprivation order\n {3}Seize P1 \(Google Pixel 8 mobile telephone, black\)/);
    expect(result.stdout).toContain("Authority: Sentencing Act 2020, s.153(2)\n");
    expect(result.stdout).toContain("By: 14 December 2026 (a date to check");
    expect(result.stdout).toMatch(/14 actions outstanding\.\n$/);
    // Readable in a terminal: below the heading (which holds the path as given), no line over 100 columns.
    for (const line of result.stdout.split("\n").slice(1)) expect(line.length).toBeLessThanOrEqual(100);
    for (const part of complainantName) expect(result.stdout).not.toContain(part);
  });

  it("gives the issue's JSON: { filePath, actions: [ { id, item?, order?, action, why, citation, due? } ] }", () => {
    const result = run("plan", atCharge, "--format", "json");
    expect(result.code).toBe(1);
    const plan = JSON.parse(result.stdout);
    expect(Object.keys(plan)).toEqual(["filePath", "actions"]);
    expect(plan.filePath).toBe(atCharge);
    expect(plan.actions.map((a: { id: string; item?: string }) => `${a.id}${a.item ? `:${a.item}` : ""}`)).toEqual([
      "seize-or-record-possession:P1",
      "examine-for-evidence-of-use:P1",
      "examine-for-evidence-of-use:P2",
      "record-value-and-effects:P1",
      "record-value-and-effects:P2",
      "record-value-and-effects",
      "record-lawful-material:P1",
      "record-lawful-material:P2",
      "identify-owners:P2",
      "apply-for-deprivation:P1",
      "apply-for-deprivation:P2",
      "reach-online-copies:P3",
      "ask-complainant-views",
      "serve-restraining-terms",
    ]);
    for (const action of plan.actions) {
      for (const key of Object.keys(action)) expect(["id", "item", "order", "action", "why", "citation", "certainty", "due"]).toContain(key);
      expect(action.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(typeof action.citation).toBe("string");
    }
    expect(plan.actions.at(-1)).toMatchObject({ order: "restraining", due: "2026-12-14", certainty: "check" });
    for (const part of complainantName) expect(result.stdout).not.toContain(part);
  });

  it("exits 0, saying nothing is outstanding, for a case with nothing left to do", () => {
    const result = run("plan", join(packageRoot, "examples", "harassment-restraining-only.yaml"));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/: nothing outstanding before the hearing on /);
    expect(JSON.parse(run("plan", join(packageRoot, "examples", "harassment-restraining-only.yaml"), "--format", "json").stdout).actions).toEqual([]);
  });

  it("refuses a case already sentenced, in one line pointing to the results sheet, exit 1", () => {
    const result = run("plan", join(packageRoot, "examples", "report", "case-01.yaml"));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toEqual([expect.stringMatching(/case-01\.yaml: not planned: the outcome records the court's decisions of 10 January 2026, .*ancillary result/)]);
  });

  it("plans only for an order the court adjourned, dated by the hearing it was adjourned to", () => {
    const file = join(scratch, "adjourned.yaml");
    const outcome = "outcome:\n  date: 2026-12-16\n  orders:\n    deprivation: { decision: adjourned, adjournedTo: 2027-01-13 }\n    restraining: { decision: refused }\n";
    writeFileSync(file, readFileSync(atCharge, "utf8").replace(/^prosecutor:/m, `${outcome}prosecutor:`));
    const before = JSON.parse(run("plan", atCharge, "--format", "json").stdout).actions as Array<{ order?: string }>;
    expect(before.some((a) => a.order === "restraining")).toBe(true);
    const result = run("plan", file);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^\S+adjourned\.yaml: \d+ actions before the hearing on 13 January 2027\n/);
    expect(result.stdout).not.toMatch(/^\d+\. \[[a-z-]+\].*restraining order$/m);
    expect(result.stderr).toContain("the plan leaves out the restraining order, which the court decided on 16 December 2026");
    const after = JSON.parse(run("plan", file, "--format", "json").stdout).actions as Array<{ order?: string }>;
    expect(after).toEqual(before.filter((a) => a.order !== "restraining"));
  });

  it("plans a case with a deprivation application and no conviction yet, which validate refuses", () => {
    const c = chargeCase();
    c.applications = { deprivation: { property: ["P1"] } };
    const file = join(scratch, "case.yaml");
    writeFileSync(file, stringify(c));
    expect(run("validate", file).stdout).toContain("[conviction-required]");
    const result = run("plan", file, "--format", "json");
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).actions.length).toBeGreaterThan(0);
  });

  it("refuses a case whose text names the protected complainant, printing the finding and no plan", () => {
    const c = chargeCase();
    c.property[0].description = "Joanna Pelham's old phone";
    const file = join(scratch, "case.yaml");
    writeFileSync(file, stringify(c));
    const result = run("plan", file);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("[complainant-named]");
    expect(result.stderr).toMatch(/not planned: fix the errors above first/);
    expect(result.stderr).not.toMatch(/Joanna|Pelham/);
    const json = run("plan", file, "--format", "json");
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stderr.split("\n").filter((line) => !line.includes("not planned")).join("\n"))[0].messages[0].ruleId).toBe("complainant-named");
  });

  it("refuses a file that is not a case in its findings, exit 1; a missing file in one line, exit 2", () => {
    const broken = join(scratch, "broken.yaml");
    writeFileSync(broken, "version: 1\ncourt: [\n");
    const bad = run("plan", broken);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/broken\.yaml:\d+:\d+ error \[yaml-syntax\]/);
    const missing = run("plan", join(scratch, "nowhere.yaml"));
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    expect(missing.stderr).toContain("nowhere.yaml");
  });

  it("refuses --docx without --out, and --out without --docx, in one line, exit 2", () => {
    for (const args of [["--docx"], ["--out", scratch]]) {
      const result = run("plan", atCharge, ...args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    }
  });

  it("writes the checklist owner-only with --docx --out, and never over it without --force", () => {
    const out = join(scratch, "case-file");
    const first = run("plan", atCharge, "--docx", "--out", out);
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/^wrote .*plan-checklist\.docx\n$/);
    expect(readdirSync(out)).toEqual(["plan-checklist.docx"]);
    expect(statSync(out).mode & 0o777).toBe(0o700);
    expect(statSync(join(out, "plan-checklist.docx")).mode & 0o777).toBe(0o600);
    const docx = readFileSync(join(out, "plan-checklist.docx"));
    expect(docx.subarray(0, 2).toString()).toBe("PK");

    writeFileSync(join(out, "plan-checklist.docx"), "the officer's notes");
    const again = run("plan", atCharge, "--docx", "--out", out);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/--force/);
    expect(readFileSync(join(out, "plan-checklist.docx"), "utf8")).toBe("the officer's notes");

    const forced = run("plan", atCharge, "--docx", "--out", out, "--force");
    expect(forced.code).toBe(1);
    expect(forced.stderr).toMatch(/^replaced /);
    expect(readFileSync(join(out, "plan-checklist.docx")).subarray(0, 2).toString()).toBe("PK");
  });

  it("writes nothing when the case is refused", () => {
    const broken = join(scratch, "broken.yaml");
    writeFileSync(broken, "version: 1\ncourt: [\n");
    const out = join(scratch, "out");
    expect(run("plan", broken, "--docx", "--out", out).code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it("teaches in --help: what it does, examples and exit codes", () => {
    const help = run("plan", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Exit code: 0 nothing outstanding, 1 actions remain");
    expect(help.stdout).toContain("$ ancillary plan examples/at-charge-phone-not-yet-seized.yaml --docx --out case-file/");
  });
});
