import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageRoot, runCli, startCli, waitForEntry } from "../support/cli";
import { analyseCaseText } from "../../src/pipeline/analyse";
import { ordersAppliedFor } from "../../src/orders/index";

const root = packageRoot;
const example = join(root, "examples", "threat-to-control-former-partner.yaml");
const run = (...args: string[]) => runCli(args);

describe("ancillary draft", () => {
  let scratch: string;
  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), "ancillary-draft-"));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  it("writes the order wording and both court documents, owner-only", () => {
    const out = join(scratch, "out");
    const result = run("draft", example, "--out", out);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["application.docx", "order.docx", "order.txt"]);
    expect(statSync(out).mode & 0o777).toBe(0o700);
    for (const file of readdirSync(out)) expect(statSync(join(out, file)).mode & 0o777).toBe(0o600);
    const order = readFileSync(join(out, "order.txt"), "utf8").replace(/\s+/g, " ");
    expect(order).toContain("Sentencing Act 2020, s.153");
    expect(order).toContain("Martin OAKES is deprived of his rights");
  });

  it("drafts every example that applies for an order, and refuses the one at charge that applies for none, writing nothing", () => {
    for (const file of readdirSync(join(root, "examples")).filter((f) => f.endsWith(".yaml"))) {
      const out = join(scratch, file);
      const result = run("draft", join(root, "examples", file), "--out", out);
      const theCase = analyseCaseText(readFileSync(join(root, "examples", file), "utf8")).case!;
      if (ordersAppliedFor(theCase).length === 0) {
        expect({ file, status: result.code, refused: /not drafted: the case has no .* so there is no order to draft/.test(result.stderr) }).toEqual({ file, status: 1, refused: true });
        expect(existsSync(out)).toBe(false);
        continue;
      }
      expect({ file, status: result.code, stderr: result.stderr }).toEqual({ file, status: 0, stderr: result.stderr });
      const expected = ordersAppliedFor(theCase).flatMap((order) => order.documents.map((d) => d.fileName));
      expect({ file, written: readdirSync(out).sort() }).toEqual({ file, written: expected.sort() });
    }
  });

  it("refuses to replace existing documents without --force, and writes nothing", () => {
    const out = join(scratch, "out");
    expect(run("draft", example, "--out", out).code).toBe(0);
    writeFileSync(join(out, "order.txt"), "the clerk's edited copy");
    rmSync(join(out, "order.docx"));
    const again = run("draft", example, "--out", out);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already holds .*order\.txt.*--force/);
    expect(readFileSync(join(out, "order.txt"), "utf8")).toBe("the clerk's edited copy");
    expect(existsSync(join(out, "order.docx"))).toBe(false);
    expect(run("draft", example, "--out", out, "--force").code).toBe(0);
    expect(readFileSync(join(out, "order.txt"), "utf8")).toContain("Deprivation order");
  });

  it("refuses a case with errors, prints them, and writes nothing", () => {
    const broken = join(scratch, "broken.yaml");
    writeFileSync(broken, readFileSync(example, "utf8").replace("jurisdiction: england-and-wales", "jurisdiction: scotland"));
    const out = join(scratch, "out");
    const result = run("draft", broken, "--out", out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/broken\.yaml:\d+:\d+ error \[jurisdiction\]/);
    expect(result.stderr).toContain("nothing was written");
    expect(existsSync(out)).toBe(false);
  });

  it("drafts no finding of the purpose condition for an item with no evidence: it refuses the case and writes nothing", () => {
    const unexamined = join(scratch, "unexamined.yaml");
    const text = readFileSync(example, "utf8");
    const evidence = /      evidence: >-\n(?:        .*\n)+/;
    expect(text).toMatch(evidence);
    writeFileSync(unexamined, text.replace(evidence, ""));
    const out = join(scratch, "out");
    const result = run("draft", unexamined, "--out", out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/unexamined\.yaml:\d+:\d+ error \[evidence-of-use\]/);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a case that applies for no property, since the order would be empty", () => {
    const noApplication = join(scratch, "no-application.yaml");
    writeFileSync(noApplication, readFileSync(example, "utf8").replace(/applications:[\s\S]*?disposal: destroy\n/, ""));
    const out = join(scratch, "out");
    const result = run("draft", noApplication, "--out", out);
    expect(result.stderr).toContain("[deprivation-not-sought]");
    expect(result.stderr).toContain("not drafted: the case has no deprivation application");
    expect(result.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it("gives the same bytes when the same case is drafted twice", () => {
    expect(run("draft", example, "--out", join(scratch, "a")).code).toBe(0);
    expect(run("draft", example, "--out", join(scratch, "b")).code).toBe(0);
    for (const file of ["order.txt", "order.docx", "application.docx"]) {
      expect(readFileSync(join(scratch, "b", file)).equals(readFileSync(join(scratch, "a", file)))).toBe(true);
    }
  });

  it("explains a missing --out and a missing file in one line each, exit 2", () => {
    const noOut = run("draft", example);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/required option '-o, --out <dir>'/);
    const missing = run("draft", join(scratch, "nope.yaml"), "--out", join(scratch, "o"));
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe(`${join(scratch, "nope.yaml")}: does not exist: check the path`);
  });
  it("says which documents it replaced with --force", () => {
    const out = join(scratch, "out");
    expect(run("draft", example, "--out", out).stdout).toBe(["application.docx", "order.docx", "order.txt"].map((f) => `wrote ${join(out, f)}\n`).join(""));
    const again = run("draft", example, "--out", out, "--force");
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(["application.docx", "order.docx", "order.txt"].map((f) => `replaced ${join(out, f)}\n`).join(""));
  });

  it("writes nothing, not even with --force, when a folder stands where a document goes", () => {
    const out = join(scratch, "out");
    mkdirSync(join(out, "order.docx"), { recursive: true });
    writeFileSync(join(out, "order.txt"), "the earlier wording");
    const result = run("draft", example, "--out", out, "--force");
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${out}: holds a folder named order.docx, where a document goes: nothing was written; move it away, or choose another --out folder\n`);
    expect(readdirSync(out).sort()).toEqual(["order.docx", "order.txt"]);
    expect(readFileSync(join(out, "order.txt"), "utf8")).toBe("the earlier wording");
  });

  it("never leaves a PDF from an earlier draft --pdf beside new documents it no longer matches", () => {
    const out = join(scratch, "out");
    expect(run("draft", example, "--out", out).code).toBe(0);
    writeFileSync(join(out, "order.pdf"), "%PDF- of the earlier wording");
    const before = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f)).toString("base64")]));
    const result = run("draft", example, "--out", out, "--force");
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `${out}: holds order.pdf from an earlier draft with --pdf, which would no longer match the new documents: nothing was written; draft with --pdf --force to replace it too, or remove it\n`,
    );
    expect(Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f)).toString("base64")]))).toEqual(before);
  });

  it("writes nothing at all, and makes no folder, when the PDFs cannot be made", () => {
    // A LibreOffice that fails, first on the PATH.
    const bin = join(scratch, "bin");
    mkdirSync(bin);
    writeFileSync(join(bin, "soffice"), "#!/bin/sh\necho 'simulated failure' >&2\nexit 1\n", { mode: 0o755 });
    const out = join(scratch, "out");
    const result = runCli(["draft", example, "--out", out, "--pdf"], { env: { PATH: `${bin}:/usr/bin:/bin` } });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("ancillary: LibreOffice could not convert the documents (simulated failure); nothing was written\n");
    expect(existsSync(out)).toBe(false);
  });
  it.each([
    ["SIGHUP", 129],
    ["SIGTERM", 143],
  ] as const)("stops on %s while making the PDFs: nothing written, no folder, no lock", async (signal, exitCode) => {
    // A LibreOffice that takes its time, so the signal lands while it works.
    const bin = join(scratch, "bin");
    mkdirSync(bin);
    writeFileSync(join(bin, "soffice"), "#!/bin/sh\nsleep 30\n", { mode: 0o755 });
    const out = join(scratch, "out");
    const { child, output, exited } = startCli(["draft", example, "--out", out, "--pdf"], { env: { PATH: `${bin}:/usr/bin:/bin` } });
    await waitForEntry(out, (name) => name.startsWith(".ancillary-staging-"), "the draft's staging folder");
    child.kill(signal);
    expect(await exited).toBe(exitCode);
    expect(output.stderr).toBe(`${out}: stopped by ${signal}: nothing was written\n`);
    expect(existsSync(out)).toBe(false);
  });
});
