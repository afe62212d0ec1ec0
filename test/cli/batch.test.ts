import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { packageRoot, runCli, startCli, waitForEntry } from "../support/cli";
import { readManifestLines, type ReadManifest } from "../support/manifest";

const example = readFileSync(join(packageRoot, "examples", "threat-to-control-former-partner.yaml"), "utf8");
const REFERENCE = "41LN0456726";

/** The example case under another reference (references are all digits after 41LN). */
const caseText = (reference: string) => example.replace(REFERENCE, reference);
const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");

interface ManifestCase {
  input: string;
  inputSha256: string | null;
  status: "drafted" | "failed" | "skipped";
  folder: string | null;
  outputs: Array<{ path: string; sha256: string; bytes: number }>;
  diagnostics: Array<{ ruleId: string; severity: string; message: string; line: number; column: number }>;
  error: string | null;
  withheld?: boolean;
  drafter: { version: string; templates: string; law: string; confidentialSchedule?: boolean } | null;
}
type Manifest = ReadManifest<ManifestCase>;

const readManifest = (out: string): Manifest => readManifestLines<ManifestCase>(out);
/** Rewrites manifest.jsonl (as a hand edit or a killed run might leave it): a header, the cases, a summary if the run ended. */
function writeManifest(out: string, { cases, complete, interrupted, summary, lines: _, ...header }: Manifest, ended = true): void {
  const lines = [{ kind: "header", ...header }, ...cases.map((c) => ({ kind: "case", ...c })), ...(ended ? [{ kind: "summary", complete, interrupted, summary }] : [])];
  writeFileSync(join(out, "manifest.jsonl"), lines.map((line) => `${JSON.stringify(line)}\n`).join(""));
}
/** Replaces manifest.jsonl with the manifest.json of an earlier version: one JSON document. */
function writeOldManifest(out: string, manifest: object): void {
  rmSync(join(out, "manifest.jsonl"));
  writeFileSync(join(out, "manifest.json"), JSON.stringify(manifest, null, 2));
}
const exampleText = (file: string) => readFileSync(join(packageRoot, "examples", file), "utf8");

/** A pid no process has: one that ran and has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", ""]);
  return child.pid!;
}

/** Every file and folder under dir, relative to it. */
function walk(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    found.push(relative(dir, path));
    if (entry.isDirectory()) for (const inner of walk(path)) found.push(join(entry.name, inner));
  }
  return found.sort();
}

/** Every output the manifest lists is on disk with the recorded hash and size. */
function expectOutputsMatch(out: string, record: ManifestCase): void {
  expect(record.outputs.map((o) => o.path.split("/")[1]).sort()).toEqual(["application.docx", "order.docx", "order.txt"]);
  for (const output of record.outputs) {
    const bytes = readFileSync(join(out, output.path));
    expect({ path: output.path, sha256: sha256(bytes), bytes: bytes.length }).toEqual(output);
  }
}

describe("ancillary batch", () => {
  let scratch: string;
  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), "ancillary-batch-"));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  /** Writes cases/<name> for each entry and returns the cases folder. */
  function cases(files: Record<string, string>): string {
    const dir = join(scratch, "cases");
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, ".."), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  }

  it("drafts a folder with broken cases among good ones: exit 1, owner-only outputs, a true manifest", () => {
    const dir = cases({
      "a.yaml": caseText("41LN0000001"),
      "b.yaml": caseText("41LN0000002"),
      "broken.yaml": caseText("41LN0000003").replace("court:\n", "court: [\n"),
      "scotland.yaml": caseText("41LN0000004").replace("jurisdiction: england-and-wales", "jurisdiction: scotland"),
      "nested/c.yml": caseText("41LN0000005"),
      // The same reference twice: the second gets its own folder.
      "nested/same-reference.yaml": caseText("41LN0000001"),
      "notes.txt": "not a case",
    });
    const out = join(scratch, "out");
    const result = runCli(["batch", dir, "--out", out], { cwd: scratch });

    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^4 drafted, 2 failed, 0 skipped of 6 cases in [\d.]+ s/);
    expect(result.stdout).toContain(`manifest: ${join(out, "manifest.jsonl")}`);
    expect(result.stderr).toMatch(/^cases\/broken\.yaml:\d+:\d+ error \[yaml-syntax\]/m);
    expect(result.stderr).toMatch(/^cases\/scotland\.yaml:\d+:\d+ error \[jurisdiction\]/m);
    expect(result.stderr).not.toMatch(/a\.yaml|b\.yaml|c\.yml/);

    // One folder per drafted case, named from its reference; nothing for the failed ones.
    expect(readdirSync(out).sort()).toEqual(["41LN0000001", "41LN0000001-2", "41LN0000002", "41LN0000005", "manifest.jsonl"]);
    expect(statSync(out).mode & 0o777).toBe(0o700);
    expect(statSync(join(out, "manifest.jsonl")).mode & 0o777).toBe(0o600);
    for (const folder of ["41LN0000001", "41LN0000001-2", "41LN0000002", "41LN0000005"]) {
      expect(statSync(join(out, folder)).mode & 0o777).toBe(0o700);
      expect(readdirSync(join(out, folder)).sort()).toEqual(["application.docx", "order.docx", "order.txt"]);
      for (const file of readdirSync(join(out, folder))) expect(statSync(join(out, folder, file)).mode & 0o777).toBe(0o600);
    }
    expect(walk(out).filter((p) => p.endsWith(".tmp"))).toEqual([]);

    const manifest = readManifest(out);
    expect(manifest).toMatchObject({ version: 3, tool: { name: "ancillary-orders" }, shard: null, options: { resume: false, force: false, confidentialSchedule: false }, complete: true, interrupted: null, summary: { drafted: 4, failed: 2, skipped: 0 } });
    // In sorted input order, whatever order the workers finished in; each input relative to --out.
    expect(manifest.cases.map((c) => [c.input, c.status, c.folder])).toEqual([
      ["../cases/a.yaml", "drafted", "41LN0000001"],
      ["../cases/b.yaml", "drafted", "41LN0000002"],
      ["../cases/broken.yaml", "failed", null],
      ["../cases/nested/c.yml", "drafted", "41LN0000005"],
      ["../cases/nested/same-reference.yaml", "drafted", "41LN0000001-2"],
      ["../cases/scotland.yaml", "failed", null],
    ]);
    for (const record of manifest.cases) {
      expect(record.inputSha256).toBe(sha256(readFileSync(join(out, record.input))));
      if (record.status === "drafted") expectOutputsMatch(out, record);
      else expect(record.outputs).toEqual([]);
    }
    const broken = manifest.cases.find((c) => c.input === "../cases/broken.yaml")!;
    expect(broken.diagnostics.map((d) => [d.ruleId, d.severity])).toContainEqual(["yaml-syntax", "error"]);
    expect(manifest.cases.find((c) => c.input === "../cases/scotland.yaml")!.diagnostics.map((d) => d.ruleId)).toContain("jurisdiction");
    // No names from the cases: only references, paths, hashes and name-free findings.
    const text = readFileSync(join(out, "manifest.jsonl"), "utf8");
    expect(text).not.toContain("Pelham");
    expect(text).not.toContain("OAKES");

    // The same documents `ancillary draft` writes for the case.
    const single = join(scratch, "single");
    expect(runCli(["draft", join(dir, "a.yaml"), "--out", single]).code).toBe(0);
    for (const file of ["order.txt", "order.docx", "application.docx"]) {
      expect(readFileSync(join(out, "41LN0000001", file)).equals(readFileSync(join(single, file)))).toBe(true);
    }
  });

  it("exits 0 when every case is drafted, and prints a JSON summary on request", () => {
    const dir = cases({ "one.yaml": caseText("41LN0000001"), "two.yaml": caseText("41LN0000002") });
    const result = runCli(["batch", "cases/*.yaml", "--out", "out", "--format", "json", "--jobs", "1"], { cwd: scratch });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toMatchObject({ total: 2, drafted: 2, failed: 0, skipped: 0, notRun: 0, interrupted: null, failures: [] });
    expect(readManifest(join(scratch, "out")).cases.map((c) => c.input)).toEqual(["../cases/one.yaml", "../cases/two.yaml"]);
    expect(existsSync(dir)).toBe(true);
  });

  it("writes the same documents, byte for byte, whether one worker drafts whole cases or the work is split between workers", () => {
    cases({ "a.yaml": caseText("41LN0000011"), "b.yaml": caseText("41LN0000012"), "c.yaml": caseText("41LN0000013"), "bad.yaml": "version: [" });
    const outputs = (jobs: string) => {
      const out = `out-${jobs}`;
      expect(runCli(["batch", "cases", "--out", out, "--jobs", jobs], { cwd: scratch }).code).toBe(1);
      return readManifest(join(scratch, out)).cases.map((c) => ({ input: c.input, status: c.status, outputs: c.outputs, diagnostics: c.diagnostics }));
    };
    const whole = outputs("1");
    expect(whole.filter((c) => c.status === "drafted")).toHaveLength(3);
    expect(outputs("2")).toEqual(whole);
    expect(outputs("4")).toEqual(whole);
  });

  it("fails a case that applies for no property instead of drafting an empty order, as draft does", () => {
    cases({ "none.yaml": caseText("41LN0000009").replace(/applications:[\s\S]*?disposal: destroy\n/, "") });
    const result = runCli(["batch", "cases", "--out", "out", "--jobs", "1"], { cwd: scratch });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("not drafted: the case has no deprivation application");
    const [record] = readManifest(join(scratch, "out")).cases;
    expect([record.status, record.folder, record.outputs]).toEqual(["failed", null, []]);
  });

  it("reports unreadable inputs and arguments that name nothing with exit 2", () => {
    cases({ "good.yaml": caseText("41LN0000001"), "empty.yaml": "" });
    const empty = runCli(["batch", "cases", "--out", "out"], { cwd: scratch });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^cases\/empty\.yaml: is empty/m);
    expect(empty.stdout).toMatch(/^1 drafted, 1 failed, 0 skipped of 2 cases/);

    const missing = runCli(["batch", "no-such-folder", "--out", "out2"], { cwd: scratch });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no-such-folder: does not exist/);
    expect(existsSync(join(scratch, "out2"))).toBe(false);
    expect(runCli(["batch", "cases/*.json", "--out", "out2"], { cwd: scratch }).stderr).toMatch(/matches no \.yaml or \.yml case files/);
    expect(runCli(["batch", "cases", "--out", "out2", "--shard", "4/3"], { cwd: scratch }).code).toBe(2);
    expect(runCli(["batch", "cases", "--out", "out2", "--jobs", "0"], { cwd: scratch }).code).toBe(2);
  });

  it("splits the inputs exactly with --shard 1/3, 2/3 and 3/3", () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 8; i++) files[`case-${i}.yaml`] = caseText(`41LN000000${i}`);
    cases(files);
    const shards = [1, 2, 3].map((i) => {
      const result = runCli(["batch", "cases", "--out", `out-${i}`, "--shard", `${i}/3`, "--quiet"], { cwd: scratch });
      expect(result.code).toBe(0);
      const manifest = readManifest(join(scratch, `out-${i}`));
      expect(manifest.shard).toBe(`${i}/3`);
      return manifest.cases.map((c) => c.input);
    });
    // Disjoint, together everything, and balanced to within one case.
    expect(shards.flat().sort()).toEqual(Object.keys(files).map((f) => `../cases/${f}`).sort());
    expect(new Set(shards.flat()).size).toBe(8);
    expect(shards.map((s) => s.length)).toEqual([3, 3, 2]);
    // Deterministic: the same shard again picks the same cases.
    runCli(["batch", "cases", "--out", "again", "--shard", "2/3"], { cwd: scratch });
    expect(readManifest(join(scratch, "again")).cases.map((c) => c.input)).toEqual(shards[1]);
  });

  it("--resume skips unchanged cases and redrafts changed or damaged ones, never a document edited by hand", () => {
    cases({
      "a.yaml": caseText("41LN0000001"),
      "b.yaml": caseText("41LN0000002"),
      "c.yaml": caseText("41LN0000003"),
      "d.yaml": caseText("41LN0000004"),
      "e.yaml": caseText("41LN0000005"),
    });
    expect(runCli(["batch", "cases", "--out", "out"], { cwd: scratch }).code).toBe(0);
    const out = join(scratch, "out");
    const first = readManifest(out);
    const untouched = statSync(join(out, "41LN0000001", "order.docx")).mtimeMs;

    writeFileSync(join(scratch, "cases", "b.yaml"), caseText("41LN0000002").replace("location: Luton", "location: Bedford"));
    rmSync(join(out, "41LN0000003", "order.docx"));
    writeFileSync(join(out, "41LN0000004", "order.txt"), "the clerk's corrected wording");
    const result = runCli(["batch", "cases", "--out", "out", "--resume"], { cwd: scratch });

    expect(result.stdout).toMatch(/^2 drafted, 1 failed, 2 skipped of 5 cases/);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cases\/d\.yaml: 41LN0000004: already holds order\.txt.*--force/);
    const second = readManifest(out);
    expect(second.cases.map((c) => [c.input, c.status])).toEqual([
      ["../cases/a.yaml", "skipped"],
      ["../cases/b.yaml", "drafted"],
      ["../cases/c.yaml", "drafted"],
      ["../cases/d.yaml", "failed"],
      ["../cases/e.yaml", "skipped"],
    ]);
    // Skipped cases keep their record and their files, untouched.
    expect(second.cases[0].outputs).toEqual(first.cases[0].outputs);
    expect(statSync(join(out, "41LN0000001", "order.docx")).mtimeMs).toBe(untouched);
    // A changed case is redrafted in its own folder, not a new one.
    expect(second.cases[1].folder).toBe("41LN0000002");
    expect(second.cases[1].inputSha256).not.toBe(first.cases[1].inputSha256);
    expect(readFileSync(join(out, "41LN0000002", "order.txt"), "utf8")).toMatch(/Bedford/i);
    for (const record of second.cases.slice(0, 3)) expectOutputsMatch(out, record);
    // The hand-edited document is kept, and the manifest does not vouch for it.
    expect(readFileSync(join(out, "41LN0000004", "order.txt"), "utf8")).toBe("the clerk's corrected wording");
    expect(second.cases[3].outputs.map((o) => o.path)).not.toContain("41LN0000004/order.txt");

    const forced = runCli(["batch", "cases", "--out", "out", "--resume", "--force"], { cwd: scratch });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/^1 drafted, 0 failed, 4 skipped of 5 cases/);
    expectOutputsMatch(out, readManifest(out).cases[3]);
  });

  it("never overwrites without --force: neither an earlier batch nor documents already in a case folder", () => {
    cases({ "a.yaml": caseText("41LN0000001"), "b.yaml": caseText("41LN0000002") });
    expect(runCli(["batch", "cases", "--out", "out"], { cwd: scratch }).code).toBe(0);
    const out = join(scratch, "out");
    const manifestBefore = readFileSync(join(out, "manifest.jsonl"), "utf8");
    writeFileSync(join(out, "41LN0000001", "order.txt"), "edited");

    const again = runCli(["batch", "cases", "--out", "out"], { cwd: scratch });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already holds manifest\.json.*--resume.*--force/);
    expect(readFileSync(join(out, "manifest.jsonl"), "utf8")).toBe(manifestBefore);
    expect(readFileSync(join(out, "41LN0000001", "order.txt"), "utf8")).toBe("edited");

    // A folder that already holds documents (but no manifest): that case fails, the others are drafted.
    const other = join(scratch, "other");
    mkdirSync(join(other, "41LN0000002"), { recursive: true });
    writeFileSync(join(other, "41LN0000002", "order.docx"), "someone else's");
    const clash = runCli(["batch", "cases", "--out", "other"], { cwd: scratch });
    expect(clash.code).toBe(2);
    expect(clash.stderr).toMatch(/cases\/b\.yaml: 41LN0000002: already holds order\.docx.*--force/);
    expect(readFileSync(join(other, "41LN0000002", "order.docx"), "utf8")).toBe("someone else's");
    expect(readdirSync(join(other, "41LN0000002"))).toEqual(["order.docx"]);
    expect(readManifest(other).cases.map((c) => c.status)).toEqual(["drafted", "failed"]);

    const forced = runCli(["batch", "cases", "--out", "out", "--force"], { cwd: scratch });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(out, "41LN0000001", "order.txt"), "utf8")).toContain("Deprivation order");
  });

  it.each([
    ["SIGINT", 130],
    ["SIGHUP", 129],
  ] as const)("stops cleanly on %s (Ctrl-C, a closed terminal): no partial file, no lock, and a manifest true to what was written", async (signal, exitCode) => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`case-${String(i).padStart(3, "0")}.yaml`] = caseText(`41LN${1_000_000 + i}`);
    cases(files);
    const out = join(scratch, "out");
    const { child, output, exited } = startCli(["batch", "cases", "--out", "out", "--jobs", "2"], { cwd: scratch });
    // Interrupt as soon as the first case folder appears, mid-batch.
    await waitForEntry(out, (name) => name.startsWith("41LN"), "the batch's first case folder");
    // One writer per folder: while it runs, a draft into the same folder is refused.
    const second = runCli(["draft", join(scratch, "cases", "case-000.yaml"), "--out", "out"], { cwd: scratch });
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(new RegExp(`^out: is in use by another ancillary batch \\(pid ${child.pid}, started `));
    child.kill(signal);
    const code = await exited;

    expect(code).toBe(exitCode);
    expect(output.stdout).toMatch(new RegExp(`stopped by ${signal}: \\d+ cases not drafted; run the same command with --resume`));
    const everything = walk(out);
    expect(everything.filter((p) => p.endsWith(".tmp") || p.startsWith(".ancillary"))).toEqual([]);
    expect(everything.filter((p) => statSync(join(out, p)).isFile() && statSync(join(out, p)).size === 0)).toEqual([]);

    const manifest = readManifest(out);
    expect(manifest.complete).toBe(false);
    expect(manifest.interrupted).toBe(signal);
    const drafted = manifest.cases.filter((c) => c.status === "drafted");
    expect(drafted.length).toBeGreaterThan(0);
    expect(drafted.length).toBeLessThan(400);
    for (const record of drafted) expectOutputsMatch(out, record);
    // Every document on disk is one the manifest records: nothing written went unrecorded.
    const recorded = new Set(manifest.cases.flatMap((c) => c.outputs.map((o) => o.path)));
    expect(everything.filter((p) => p.includes("/")).filter((p) => statSync(join(out, p)).isFile())).toEqual([...recorded].sort());

    // --resume finishes the job, skipping what was done.
    const resumed = runCli(["batch", "cases", "--out", "out", "--resume", "--quiet"], { cwd: scratch });
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain(`${400 - drafted.length} drafted, 0 failed, ${drafted.length} skipped of 400 cases`);
    expect(readManifest(out)).toMatchObject({ complete: true, summary: { drafted: 400 - drafted.length, skipped: drafted.length, failed: 0 } });
  });
  it("prints each case's warnings and notes as draft does, and counts every finding in the summary", () => {
    cases({ "camera.yaml": exampleText("voyeurism-hidden-camera.yaml"), "second-device.yaml": exampleText("harassment-and-second-device.yaml"), "plain.yaml": caseText("41LN0000001") });
    const result = runCli(["batch", "cases", "--out", "out"], { cwd: scratch });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^cases\/camera\.yaml:\d+:\d+ warning \[remote-data\] property item P5 holds intimate images online/m);
    expect(result.stderr).toMatch(/^  hint: ask for a restraining order with the `no-images` term/m);
    expect(result.stderr).toMatch(/^cases\/second-device\.yaml:\d+:\d+ info \[destruction-scope\]/m);
    expect(result.stderr).not.toContain("plain.yaml");
    expect(result.stdout).toMatch(/^3 drafted, 0 failed, 0 skipped of 3 cases/);
    expect(result.stdout).toMatch(/^findings: 0 errors, 1 warning, 1 note$/m);

    const json = JSON.parse(runCli(["batch", "cases", "--out", "out-json", "--format", "json"], { cwd: scratch }).stdout) as {
      findings: Record<string, number>;
      draftedWithFindings: Array<{ input: string; messages: Array<{ severity: string; ruleId: string }> }>;
    };
    expect(json.findings).toEqual({ error: 0, warning: 1, info: 1 });
    expect(json.draftedWithFindings.map((c) => [c.input, c.messages.map((m) => `${m.severity} ${m.ruleId}`)])).toEqual([
      ["cases/camera.yaml", ["warning remote-data"]],
      ["cases/second-device.yaml", ["info destruction-scope"]],
    ]);
  });

  it("keeps what it prints bounded: at most 200 findings, then how many more the manifest holds", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 210; i++) files[`case-${String(i).padStart(3, "0")}.yaml`] = caseText(`41LN${2_000_000 + i}`).replace("jurisdiction: england-and-wales", "jurisdiction: scotland");
    cases(files);
    const result = runCli(["batch", "cases", "--out", "out", "--jobs", "2"], { cwd: scratch });
    expect(result.code).toBe(1);
    const total = readManifest(join(scratch, "out")).cases.reduce((sum, c) => sum + c.diagnostics.length, 0);
    expect(total).toBeGreaterThan(200);
    expect(result.stderr.match(/^cases\/case-\d+\.yaml:\d+:\d+ (error|warning|info) /gm)).toHaveLength(200);
    expect(result.stderr).toContain(`... and ${total - 200} more not shown (${total} in all): every case's findings are in ${join(scratch, "out", "manifest.jsonl")}`);
  });

  it("--resume redrafts cases drafted by another version of ancillary or with other templates or law, and says why", () => {
    cases({ "a.yaml": caseText("41LN0000001"), "b.yaml": caseText("41LN0000002"), "c.yaml": caseText("41LN0000003") });
    expect(runCli(["batch", "cases", "--out", "out"], { cwd: scratch }).code).toBe(0);
    const out = join(scratch, "out");
    const first = readManifest(out);
    const now = first.cases[0].drafter!;
    expect(now).toEqual({ version: first.tool.version, templates: expect.stringMatching(/^[0-9a-f]{64}$/), law: expect.stringMatching(/^[0-9a-f]{64}$/), confidentialSchedule: false });
    first.cases[0].drafter = { ...now, version: "0.0.1-older" };
    first.cases[1].drafter = { ...now, templates: "0".repeat(64) };
    writeManifest(out, first);

    const resumed = runCli(["batch", "cases", "--out", "out", "--resume"], { cwd: scratch });
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toMatch(/^2 drafted, 0 failed, 1 skipped of 3 cases/);
    expect(resumed.stdout).toContain("1 case redrafted: drafted by another version of ancillary\n");
    expect(resumed.stdout).toContain("1 case redrafted: templates or law changed\n");
    expect(readManifest(out).cases.map((c) => [c.status, c.drafter])).toEqual([
      ["drafted", now],
      ["drafted", now],
      ["skipped", now],
    ]);

    // A manifest from before drafters were recorded (version 1, inputs from the working folder): every case is redrafted.
    const again = readManifest(out);
    const { lines: _lines, options: _options, ...rest } = again;
    writeOldManifest(out, { ...rest, version: 1, cases: again.cases.map(({ drafter: _, ...c }) => ({ ...c, input: c.input.replace(/^\.\.\//, "") })) });
    const migrated = runCli(["batch", "cases", "--out", "out", "--resume"], { cwd: scratch });
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toContain("3 cases redrafted: drafted by another version of ancillary\n");
    expect(readdirSync(out).sort()).toEqual(["41LN0000001", "41LN0000002", "41LN0000003", "manifest.jsonl"]);
  });

  describe("with a restraining order that must identify whom it protects", () => {
    const restraining = exampleText("threat-with-cloud-backup-and-restraining.yaml");
    const name = /name: ([^,}]+), cipher/.exec(restraining)![1].trim();
    const scheduleOf = (out: string) => join(out, "33LE0918826", "confidential-schedule.docx");

    it("never writes the confidential schedule without --confidential-schedule", () => {
      cases({ "r.yaml": restraining });
      const run = runCli(["batch", "cases", "--out", "out"], { cwd: scratch });
      expect(run.code).toBe(0);
      expect(existsSync(join(scratch, "out", "33LE0918826", "restraining-order.docx"))).toBe(true);
      expect(existsSync(scheduleOf(join(scratch, "out")))).toBe(false);
      expect(run.stderr).not.toContain("confidential");
    });

    it("writes it with the flag, warns on every run that writes one, and records it in the manifest without the name", () => {
      cases({ "r.yaml": restraining, "plain.yaml": caseText("41LN0000001") });
      const run = runCli(["batch", "cases", "--out", "out", "--confidential-schedule", "--quiet"], { cwd: scratch });
      expect(run.code).toBe(0);
      const out = join(scratch, "out");
      expect(statSync(scheduleOf(out)).mode & 0o777).toBe(0o600);
      expect(run.stderr).toMatch(/^warning: confidential-schedule\.docx names the people the restraining order protects: .*not for publication.* \(written into 1 case folder in this run\)\n$/);
      const manifest = readFileSync(join(out, "manifest.jsonl"), "utf8");
      expect(manifest).toContain('"path":"33LE0918826/confidential-schedule.docx"');
      expect(manifest.toLowerCase()).not.toContain(name.toLowerCase());
      expect(manifest.toLowerCase()).not.toContain(name.split(" ")[1].toLowerCase());
      expect(readManifest(out).cases.every((c) => c.drafter?.confidentialSchedule === true)).toBe(true);
      // The JSON summary counts the case folders that got one.
      rmSync(out, { recursive: true });
      const json = runCli(["batch", "cases", "--out", "out", "--confidential-schedule", "--format", "json"], { cwd: scratch });
      expect(JSON.parse(json.stdout)).toMatchObject({ drafted: 2, confidentialDocuments: 1 });
      expect(json.stderr).toContain("warning: confidential-schedule.docx names the people");
    });

    it("--resume counts the flag as part of an unchanged case: giving it adds the schedule, dropping it takes the schedule away", () => {
      cases({ "r.yaml": restraining });
      const out = join(scratch, "out");
      expect(runCli(["batch", "cases", "--out", "out"], { cwd: scratch }).code).toBe(0);
      const same = runCli(["batch", "cases", "--out", "out", "--resume"], { cwd: scratch });
      expect(same.stdout).toMatch(/^0 drafted, 0 failed, 1 skipped/);

      const given = runCli(["batch", "cases", "--out", "out", "--resume", "--confidential-schedule"], { cwd: scratch });
      expect(given.code).toBe(0);
      expect(given.stdout).toContain("1 case redrafted: drafted without --confidential-schedule, which is given now\n");
      expect(existsSync(scheduleOf(out))).toBe(true);
      const again = runCli(["batch", "cases", "--out", "out", "--resume", "--confidential-schedule"], { cwd: scratch });
      expect(again.stdout).toMatch(/^0 drafted, 0 failed, 1 skipped/);

      const dropped = runCli(["batch", "cases", "--out", "out", "--resume"], { cwd: scratch });
      expect(dropped.code).toBe(0);
      expect(dropped.stdout).toContain("1 case redrafted: drafted with --confidential-schedule, which is not given now (their confidential documents are removed)\n");
      expect(existsSync(scheduleOf(out))).toBe(false);
      expect(readManifest(out).cases[0].outputs.map((o) => o.path).filter((p) => p.includes("confidential"))).toEqual([]);
    });

    it("leaves a schedule someone has changed since it was written where it is when the flag is dropped", () => {
      cases({ "r.yaml": restraining });
      const out = join(scratch, "out");
      expect(runCli(["batch", "cases", "--out", "out", "--confidential-schedule"], { cwd: scratch }).code).toBe(0);
      writeFileSync(scheduleOf(out), "annotated by hand");
      expect(runCli(["batch", "cases", "--out", "out", "--resume"], { cwd: scratch }).code).toBe(0);
      expect(readFileSync(scheduleOf(out), "utf8")).toBe("annotated by hand");
    });

    it("reads a manifest from before the flag existed as drafted without it", () => {
      cases({ "r.yaml": restraining });
      const out = join(scratch, "out");
      expect(runCli(["batch", "cases", "--out", "out"], { cwd: scratch }).code).toBe(0);
      const manifest = readManifest(out);
      const { lines: _lines, options: _options, ...rest } = manifest;
      writeOldManifest(out, { ...rest, version: 2, cases: manifest.cases.map((c) => ({ ...c, drafter: { version: c.drafter!.version, templates: c.drafter!.templates, law: c.drafter!.law } })) });
      const resumed = runCli(["batch", "cases", "--out", "out", "--resume"], { cwd: scratch });
      expect(resumed.stderr).toBe("");
      expect(resumed.stdout).toMatch(/^0 drafted, 0 failed, 1 skipped/);
    });
  });

  it("--resume run from another folder finds the same cases instead of drafting them again", () => {
    cases({ "a.yaml": caseText("41LN0000001"), "nested/b.yaml": caseText("41LN0000002") });
    expect(runCli(["batch", "cases", "--out", "out"], { cwd: scratch }).code).toBe(0);
    const resumed = runCli(["batch", ".", "--out", "../out", "--resume"], { cwd: join(scratch, "cases") });
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toMatch(/^0 drafted, 0 failed, 2 skipped of 2 cases/);
    expect(readdirSync(join(scratch, "out")).sort()).toEqual(["41LN0000001", "41LN0000002", "manifest.jsonl"]);
    expect(readManifest(join(scratch, "out")).cases.map((c) => c.input)).toEqual(["../cases/a.yaml", "../cases/nested/b.yaml"]);
  });

  it("--resume reconciles what a killed run wrote but never recorded, the same way every time, and clears what it left", () => {
    cases({ "a.yaml": caseText("41LN0000001"), "b.yaml": caseText("41LN0000002"), "c.yaml": caseText("41LN0000003") });
    expect(runCli(["batch", "cases", "--out", "out"], { cwd: scratch }).code).toBe(0);
    const out = join(scratch, "out");
    // As kill -9 leaves it: b and c written but not recorded, c's folder edited since, and the killed run's
    // temporary manifest, staging folder and lock still there.
    const manifest = readManifest(out);
    writeManifest(out, { ...manifest, cases: manifest.cases.slice(0, 1) }, false);
    writeFileSync(join(out, "41LN0000003", "order.txt"), "the clerk's corrected wording");
    const dead = deadPid();
    writeFileSync(join(out, `.manifest.jsonl.${dead}.0a1b2c3d.tmp`), '{"kind":"header","ver');
    mkdirSync(join(out, `.ancillary-staging-${dead}-Xy12Ab`));
    writeFileSync(join(out, `.ancillary-staging-${dead}-Xy12Ab`, "0a1b2c-order.txt"), "half");
    writeFileSync(join(out, ".ancillary.lock"), JSON.stringify({ pid: dead, host: hostname(), startedAt: "2026-01-01T00:00:00.000Z", command: "batch", nonce: "00" }));

    for (let run = 1; run <= 2; run++) {
      const resumed = runCli(["batch", "cases", "--out", "out", "--resume"], { cwd: scratch });
      expect({ run, code: resumed.code }).toEqual({ run, code: 2 });
      expect(resumed.stderr).toContain("cases/c.yaml: 41LN0000003: already holds order.txt, which this batch did not write or which changed since: nothing was written; use --force to replace\n");
      expect(readFileSync(join(out, "41LN0000003", "order.txt"), "utf8")).toBe("the clerk's corrected wording");
      const cases = readManifest(out).cases;
      expect(cases.map((c) => [c.input, c.status, c.folder])).toEqual([
        ["../cases/a.yaml", "skipped", "41LN0000001"],
        // The documents on disk are exactly what it would write: kept and recorded, on the first resume and after.
        ["../cases/b.yaml", run === 1 ? "drafted" : "skipped", "41LN0000002"],
        ["../cases/c.yaml", "failed", "41LN0000003"],
      ]);
      expectOutputsMatch(out, cases[1]);
      expect(readdirSync(out).sort()).toEqual(["41LN0000001", "41LN0000002", "41LN0000003", "manifest.jsonl"]);
    }
  });

  it("refuses a second run into a folder another run is writing, in one line, exit 2", () => {
    cases({ "a.yaml": caseText("41LN0000001") });
    const out = join(scratch, "out");
    mkdirSync(out);
    // Held by a live process (this test's own).
    writeFileSync(join(out, ".ancillary.lock"), JSON.stringify({ pid: process.pid, host: hostname(), startedAt: "2026-01-01T00:00:00.000Z", command: "batch", nonce: "00" }));
    for (const args of [["batch", "cases", "--out", "out"], ["draft", "cases/a.yaml", "--out", "out"]]) {
      const refused = runCli(args, { cwd: scratch });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toBe(`out: is in use by another ancillary batch (pid ${process.pid}, started 2026-01-01T00:00:00.000Z): wait for it to finish, or choose another --out folder\n`);
    }
    expect(readdirSync(out)).toEqual([".ancillary.lock"]);
  });

  it("refuses, in one line, an --out folder holding a folder named manifest.jsonl (a case folder of an earlier version)", () => {
    cases({ "a.yaml": caseText("41LN0000001") });
    mkdirSync(join(scratch, "out", "manifest.jsonl"), { recursive: true });
    for (const extra of [[], ["--resume"], ["--force"]]) {
      const refused = runCli(["batch", "cases", "--out", "out", ...extra], { cwd: scratch });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toBe(`${join(scratch, "out", "manifest.jsonl")}: is a folder, where the batch keeps its manifest: move it out of the --out folder, or choose another --out folder\n`);
    }
    expect(readdirSync(join(scratch, "out"))).toEqual(["manifest.jsonl"]);
  });

  it("refuses, in one line and before writing anything, inputs that do not exist or hold no case", () => {
    mkdirSync(join(scratch, "empty"));
    const missing = runCli(["batch", "nope", "--out", "out"], { cwd: scratch });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("nope: does not exist: check the path\n");
    const empty = runCli(["batch", "empty", "--out", "out"], { cwd: scratch });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe("empty: is a folder holding no .yaml or .yml case files\n");
    expect(readdirSync(scratch)).toEqual(["empty"]);
  });

  it("refuses an empty --out instead of writing into the working folder", () => {
    cases({ "a.yaml": caseText("41LN0000001") });
    for (const args of [["batch", "cases", "--out", ""], ["draft", "cases/a.yaml", "--out", ""]]) {
      const refused = runCli(args, { cwd: scratch });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toBe("ancillary: --out is empty: name the folder to write into (use --out . for the current folder)\n");
    }
    expect(readdirSync(scratch)).toEqual(["cases"]);
  });

  it("prints a case file's name with its control characters escaped, never raw", () => {
    const name = "bad\u001b[2J\u0007name.yaml";
    cases({ [name]: "version: [" });
    const result = runCli(["batch", "cases", "--out", "out"], { cwd: scratch });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^cases\/bad\\x1b\[2J\\x07name\.yaml:\d+:\d+ error \[yaml-syntax\]/m);
    expect(result.stdout + result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });
});
