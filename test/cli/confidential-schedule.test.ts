import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageRoot, runCli } from "../support/cli";
import { docxParagraphs } from "../support/docxText";

const harassment = join(packageRoot, "examples", "harassment-restraining-only.yaml");
const threat = join(packageRoot, "examples", "threat-to-control-former-partner.yaml");
const run = (...args: string[]) => runCli(args);
const name = /Megan|Arkwright/i;

describe("ancillary draft --confidential-schedule", () => {
  let scratch: string;
  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), "ancillary-confidential-"));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  it("never writes the schedule naming whom the order protects unless asked", () => {
    const out = join(scratch, "out");
    expect(run("draft", harassment, "--out", out).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["restraining-notice.docx", "restraining-order.docx"]);
  });

  it("writes it when asked, owner-only, under a name that names no one, with a warning, and marked not for publication", () => {
    const out = join(scratch, "out");
    const result = run("draft", harassment, "--out", out, "--confidential-schedule");
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["confidential-schedule.docx", "restraining-notice.docx", "restraining-order.docx"]);
    expect(statSync(join(out, "confidential-schedule.docx")).mode & 0o777).toBe(0o600);
    expect(result.stderr).toContain("warning: confidential-schedule.docx names the people the restraining order protects");
    expect(result.stdout + result.stderr).not.toMatch(name);
    const schedule = docxParagraphs(readFileSync(join(out, "confidential-schedule.docx"))).join("\n");
    expect(schedule).toContain("NOT FOR PUBLICATION");
    expect(schedule).toMatch(/Person A[\s\S]*Megan Arkwright/);
  });

  it("keeps the name out of every other document it writes beside the schedule", () => {
    const out = join(scratch, "out");
    expect(run("draft", harassment, "--out", out, "--confidential-schedule").code).toBe(0);
    for (const file of ["restraining-notice.docx", "restraining-order.docx"]) {
      const text = docxParagraphs(readFileSync(join(out, file))).join("\n");
      expect({ file, named: name.test(text), cipher: text.includes("Person A") }).toEqual({ file, named: false, cipher: true });
    }
  });

  it("warns every time it is written, not only the first", () => {
    const out = join(scratch, "out");
    expect(run("draft", harassment, "--out", out, "--confidential-schedule").stderr).toContain("warning: confidential-schedule.docx");
    expect(run("draft", harassment, "--out", out, "--confidential-schedule", "--force").stderr).toContain("warning: confidential-schedule.docx");
  });

  it("says so, and writes no schedule, for a case whose orders keep none", () => {
    const out = join(scratch, "out");
    const result = run("draft", threat, "--out", out, "--confidential-schedule");
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("no order this case applies for keeps a confidential schedule");
    expect(readdirSync(out).sort()).toEqual(["application.docx", "order.docx", "order.txt"]);
  });
});

describe("ancillary batch and the confidential schedule", () => {
  let scratch: string;
  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), "ancillary-confidential-batch-"));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  it("drafts a restraining order case without the schedule, and records no name in the manifest", () => {
    const cases = join(scratch, "cases");
    mkdirSync(cases);
    copyFileSync(harassment, join(cases, "harassment.yaml"));
    const out = join(scratch, "out");
    const result = run("batch", cases, "--out", out, "--jobs", "1");
    expect(result.code).toBe(0);
    const everything = readdirSync(out, { recursive: true }).map(String);
    expect(everything.some((path) => path.includes("confidential"))).toBe(false);
    expect(everything.some((path) => path.endsWith("restraining-order.docx"))).toBe(true);
    expect(readFileSync(join(out, "manifest.jsonl"), "utf8")).not.toMatch(name);
  });
});
