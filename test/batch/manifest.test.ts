import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ManifestCase, ManifestHeader } from "../../src/batch/manifest";
import { ManifestWriter } from "../../src/batch/manifestWriter";
import { readManifest } from "../../src/batch/readManifest";

const drafter = { version: "0.0.0", templates: "c".repeat(64), law: "d".repeat(64), confidentialSchedule: false };
const header: ManifestHeader = {
  version: 3,
  tool: { name: "ancillary-orders", version: "0.0.0" },
  drafter,
  startedAt: "2026-01-01T00:00:00.000Z",
  shard: null,
  options: { resume: false, force: false, confidentialSchedule: false },
};
const record = (input: string, folder: string | null, status: ManifestCase["status"] = "drafted"): ManifestCase => ({
  input,
  inputSha256: "a".repeat(64),
  status,
  folder,
  outputs: folder === null ? [] : [{ path: `${folder}/order.txt`, sha256: "b".repeat(64), bytes: 10 }],
  diagnostics: [],
  error: null,
  drafter: status === "failed" ? null : drafter,
});
const line = (value: object) => `${JSON.stringify(value)}\n`;

describe("manifest.jsonl", () => {
  let out: string;
  const path = () => join(out, "manifest.jsonl");
  const text = () => readFileSync(path(), "utf8");
  beforeEach(() => {
    out = mkdtempSync(join(tmpdir(), "ancillary-manifest-"));
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  it("opens with a header line holding the tool, the start and the options, owner-only", () => {
    new ManifestWriter(out, header, 0, 0).open();
    expect(text()).toBe(line({ kind: "header", ...header }));
    expect(statSync(path()).mode & 0o777).toBe(0o600);
  });

  it("appends one line a case, in slot order, and a summary at the end, never rewriting what it wrote", async () => {
    const writer = new ManifestWriter(out, header, 3, 0);
    writer.open();
    const inode = statSync(path()).ino;
    // Slot 2 finishes first: it waits for 0 and 1, so the same inputs always give the same file.
    writer.add(2, record("c.yaml", "C"));
    writer.add(0, record("a.yaml", null, "failed"));
    await new Promise((resolve) => setTimeout(resolve, 250));
    const flushed = text();
    expect(flushed.split("\n").slice(1, -1).map((l) => (JSON.parse(l) as { input: string }).input)).toEqual(["a.yaml"]);
    writer.add(1, record("b.yaml", "B"));
    writer.close(true, null);
    expect(text().startsWith(flushed)).toBe(true);
    expect(statSync(path()).ino).toBe(inode);
    const lines = text().trimEnd().split("\n").map((l) => JSON.parse(l) as { kind: string; input?: string });
    expect(lines.map((l) => l.input ?? l.kind)).toEqual(["header", "a.yaml", "b.yaml", "c.yaml", "summary"]);
    expect(lines[4]).toEqual({ kind: "summary", complete: true, interrupted: null, summary: { drafted: 2, failed: 1, skipped: 0 } });
    expect(await readManifest(out)).toMatchObject({ version: 3, complete: true, interrupted: null, summary: { drafted: 2, failed: 1, skipped: 0 }, fileName: "manifest.jsonl" });
    expect(readdirSync(out)).toEqual(["manifest.jsonl"]);
  });

  it("starts a fresh file holding the carried records, then the new ones; the last line for a case wins on reading", async () => {
    writeFileSync(path(), "an earlier manifest");
    const writer = new ManifestWriter(out, header, 2, 1);
    writer.seed(0, record("a.yaml", "A"));
    writer.seed(2, record("gone.yaml", "G"));
    writer.open();
    writer.add(0, { ...record("a.yaml", "A"), status: "skipped" });
    writer.add(1, record("b.yaml", "B"));
    writer.close(false, "SIGINT");
    expect(text().split("\n").filter((l) => l.includes('"a.yaml"'))).toHaveLength(2);
    const manifest = await readManifest(out);
    expect(manifest).toMatchObject({ complete: false, interrupted: "SIGINT", summary: { drafted: 2, failed: 0, skipped: 1 } });
    expect(manifest!.cases.map((c) => [c.input, c.status])).toEqual([
      ["a.yaml", "skipped"],
      ["gone.yaml", "drafted"],
      ["b.yaml", "drafted"],
    ]);
  });

  it("ignores a torn last line (a hard kill mid-append), and reads a run that never wrote its summary as incomplete", async () => {
    const writer = new ManifestWriter(out, header, 2, 0);
    writer.open();
    writer.add(0, record("a.yaml", "A"));
    writer.close(true, null);
    const whole = text().split("\n").slice(0, 2).join("\n") + "\n";
    writeFileSync(path(), `${whole}${line({ kind: "case", ...record("b.yaml", "B") }).slice(0, 40)}\0\0\0`);
    const manifest = await readManifest(out);
    expect(manifest).toMatchObject({ complete: false, interrupted: null, summary: { drafted: 1, failed: 0, skipped: 0 } });
    expect(manifest!.cases.map((c) => c.input)).toEqual(["a.yaml"]);
  });

  it("is absent when there is none", async () => {
    expect(await readManifest(out)).toBeUndefined();
  });

  it("refuses a bad line before the last, a missing header, and records leading outside --out", async () => {
    const head = line({ kind: "header", ...header });
    const refusal = (why: RegExp) => expect(readManifest(out)).rejects.toThrow(why);
    writeFileSync(path(), `${head}{ torn\n${line({ kind: "case", ...record("a.yaml", "A") })}`);
    await refusal(/line 2 is not valid JSON.*--force/);
    writeFileSync(path(), line({ kind: "case", ...record("a.yaml", "A") }));
    await refusal(/first line is not a version 3 header/);
    writeFileSync(path(), `${head}${line({ kind: "case", ...record("a.yaml", "A"), folder: "../elsewhere" })}`);
    await refusal(/line 2: a folder outside --out/);
    writeFileSync(path(), `${head}${line({ kind: "case", ...record("a.yaml", "A"), outputs: [{ path: "A/../../x", sha256: "b".repeat(64), bytes: 1 }] })}`);
    await refusal(/line 2: an output outside its folder/);
    writeFileSync(path(), `${head}${line({ kind: "note" })}`);
    await refusal(/line 2 is neither a case nor the summary/);
  });

  it("refuses, in one line, a folder where the manifest goes (a case folder an earlier version named manifest.jsonl)", async () => {
    mkdirSync(path());
    await expect(readManifest(out)).rejects.toThrow(/^is a folder, where the batch keeps its manifest: move it out of the --out folder, or choose another --out folder$/);
  });

  describe("an earlier version's manifest.json", () => {
    const oldPath = () => join(out, "manifest.json");
    const old = (cases: unknown[], version = 2) => writeFileSync(oldPath(), JSON.stringify({ ...header, version, complete: true, interrupted: null, cases }));

    it("is read for --resume, and replaced by manifest.jsonl once the new one is in place", async () => {
      old([record("a.yaml", "A")]);
      const earlier = await readManifest(out);
      expect(earlier).toMatchObject({ version: 2, fileName: "manifest.json" });
      expect(earlier!.cases.map((c) => c.input)).toEqual(["a.yaml"]);
      const writer = new ManifestWriter(out, header, 1, 0);
      writer.seed(0, earlier!.cases[0]);
      writer.open();
      writer.close(true, null);
      expect(readdirSync(out)).toEqual(["manifest.jsonl"]);
      expect((await readManifest(out))!.cases).toEqual(earlier!.cases);
    });

    it("is refused when it would lead outside --out, or is not JSON", async () => {
      old([{ ...record("a.yaml", "A"), folder: "../elsewhere" }]);
      await expect(readManifest(out)).rejects.toThrow(/folder outside --out/);
      old([{ ...record("a.yaml", "A"), outputs: [{ path: "B/order.txt", sha256: "b".repeat(64), bytes: 1 }] }]);
      await expect(readManifest(out)).rejects.toThrow(/output outside its folder/);
      writeFileSync(oldPath(), "{ not json");
      await expect(readManifest(out)).rejects.toThrow(/not valid JSON.*--force/);
    });

    it("gives way to a manifest.jsonl beside it", async () => {
      old([record("old.yaml", "O")]);
      const writer = new ManifestWriter(out, header, 0, 0);
      writer.open();
      writer.close(true, null);
      writeFileSync(oldPath(), "left by hand");
      expect(await readManifest(out)).toMatchObject({ fileName: "manifest.jsonl", cases: [] });
    });
  });
});
