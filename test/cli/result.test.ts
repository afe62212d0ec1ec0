import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import YAML from "yaml";
import { packageRoot, runCli } from "../support/cli";
import { docxParagraphs } from "../support/docxText";

const example = (n: string) => join(packageRoot, "examples", "report", `case-${n}.yaml`);
/** The sheet with its lines joined: the text writer wraps at 80 columns. */
const flat = (text: string) => text.replace(/\s+/g, " ");
const complainantOf = (file: string) => YAML.parse(readFileSync(file, "utf8")).complainants[0].name as string;

describe("ancillary result", () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "ancillary-result-"));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("states an order made: the property as ordered and the reasons, per offence", () => {
    const result = runCli(["result", example("01")]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Offence O1:");
    expect(result.stdout).toContain("Deprivation order (Sentencing Act 2020, s.153): made");
    expect(flat(result.stdout)).toMatch(/deprived of his rights, if any, in the following property: - Item 1: Samsung Galaxy mobile telephone, black \(Exhibit EX\/1; IMEI \d+\)\./);
    expect(flat(result.stdout)).toContain("Reasons: The phone was the means of the offence");
  });

  it("states a restraining order's terms and period, naming whom it protects by cipher only", () => {
    const result = runCli(["result", example("01")]);
    expect(result.stdout).toContain("Restraining order (Sentencing Act 2020, s.359): made");
    expect(result.stdout).toContain("To protect the complainant, the court orders");
    expect(flat(result.stdout)).toMatch(/- not to contact the complainant in any way/);
    expect(flat(result.stdout)).toMatch(/The order lasts until the end of \d+ \w+ 20\d\d \(Sentencing Act 2020, s\.359\(2\)\)\./);
    for (const part of complainantOf(example("01")).split(" ")) expect(result.stdout).not.toContain(part);
  });

  it("states a refusal and an adjournment with its date", () => {
    expect(runCli(["result", example("04")]).stdout).toContain("The court refused to make a deprivation order.");
    expect(flat(runCli(["result", example("05")]).stdout)).toMatch(/The application for a deprivation order is adjourned to \d+ \w+ 2026\./);
  });

  it("refuses a case with no outcome in one line, exit 1", () => {
    const result = runCli(["result", example("06")]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n").pop()).toContain("has no `outcome` section");
  });

  it("refuses an outcome over an item the case does not have, with the finding, exit 1", () => {
    const file = join(scratch, "wrong-item.yaml");
    writeFileSync(file, readFileSync(example("01"), "utf8").replace(/(outcome:[\s\S]*property:\n\s+- )P1/, "$1P9"));
    const result = runCli(["result", file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("[outcome-references]");
    expect(result.stderr).toContain("nothing was written");
  });

  it("writes result.txt and result.docx with --out, owner-only, and never replaces them without --force", () => {
    const out = join(scratch, "out");
    const first = runCli(["result", example("03"), "--out", out]);
    expect(first.code).toBe(0);
    expect(statSync(join(out, "result.docx")).mode & 0o777).toBe(0o600);
    expect(flat(readFileSync(join(out, "result.txt"), "utf8"))).toContain("Deprivation order (Sentencing Act 2020, s.153): made in part");
    expect(docxParagraphs(readFileSync(join(out, "result.docx"))).join(" ")).toContain("The court was not satisfied the second phone was used for the offence.");
    expect(runCli(["result", example("03"), "--out", out]).code).toBe(2);
    expect(runCli(["result", example("03"), "--out", out, "--force"]).code).toBe(0);
  });

  it("states a sexual harm prevention order as made: its prohibitions, its requirements and its period", () => {
    const source = join(packageRoot, "examples", "voyeurism-with-shpo-device-terms.yaml");
    const file = join(scratch, "shpo-made.yaml");
    const outcome = [
      "outcome:",
      "  date: 2026-11-16",
      "  orders:",
      "    shpo:",
      "      decision: made-in-part",
      "      prohibitions: [no-images-of-complainant, no-deleting-history]",
      "      requirements: [notify-accounts, notify-devices, allow-inspection]",
      "      until: 2031-11-16",
      "      reasons: The court would not forbid online storage, finding the requirement to tell the police of every account enough.",
      "",
    ].join("\n");
    writeFileSync(file, readFileSync(source, "utf8").replace(/^otherSentence:/m, `${outcome}otherSentence:`));
    const result = runCli(["result", file]);
    expect(result.stderr).not.toContain(" error ");
    expect(result.code).toBe(0);
    const sheet = flat(result.stdout);
    expect(sheet).toContain("Sexual harm prevention order (Sentencing Act 2020, Part 11, Chapter 2): made in part");
    expect(sheet).toMatch(/The court orders Stuart HALLAM: - not to have any photograph or film of the complainant, .*; - not to delete the record of internet use .*\. The court also orders Stuart HALLAM: - to tell the police, within 3 days .*; - to let a police officer inspect, .*\. The order lasts until the end of 16 November 2031\./);
    expect(sheet).not.toContain("not to use any online (cloud) storage");
    expect(sheet).toContain("Reasons: The court would not forbid online storage");
    for (const part of YAML.parse(readFileSync(source, "utf8")).complainants[0].name.split(" ")) expect(result.stdout).not.toContain(part);
  });

  it.each([
    ["refused", "decision: refused", "The court refused to make a sexual harm prevention order."],
    ["adjourned", "{ decision: adjourned, adjournedTo: 2026-12-07 }", "The application for a sexual harm prevention order is adjourned to 7 December 2026."],
  ])("states a sexual harm prevention order %s", (what, recorded, words) => {
    const source = join(packageRoot, "examples", "voyeurism-with-shpo-device-terms.yaml");
    const file = join(scratch, `shpo-${what}.yaml`);
    const shpo = recorded.startsWith("{") ? `    shpo: ${recorded}\n` : `    shpo:\n      ${recorded}\n`;
    writeFileSync(file, readFileSync(source, "utf8").replace(/^otherSentence:/m, `outcome:\n  date: 2026-11-16\n  orders:\n${shpo}otherSentence:`));
    const result = runCli(["result", file]);
    expect(result.code).toBe(0);
    expect(flat(result.stdout)).toContain(words);
    expect(result.stdout).not.toContain("The court orders");
  });

  it("refuses a file that does not exist in one line, exit 2", () => {
    const result = runCli(["result", join(scratch, "missing.yaml")]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });
});
