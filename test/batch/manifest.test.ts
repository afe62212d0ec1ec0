import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ManifestWriter, readManifest, type ManifestCase } from "../../src/batch/manifest";

const drafter = { version: "0.0.0", templates: "c".repeat(64), law: "d".repeat(64), confidentialSchedule: false };
const header = { version: 2 as const, tool: { name: "ancillary-orders", version: "0.0.0" }, drafter, startedAt: "2026-01-01T00:00:00.000Z", shard: null };
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

describe("manifest.json", () => {
  let out: string;
  beforeEach(() => {
    out = mkdtempSync(join(tmpdir(), "ancillary-manifest-"));
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  it("is valid JSON at every write, in slot order, with a summary, and reads back", async () => {
    const writer = new ManifestWriter(out, header, 3);
    await writer.writeNow();
    expect(JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"))).toMatchObject({ complete: false, cases: [], summary: { drafted: 0, failed: 0, skipped: 0 } });
    writer.set(2, record("c.yaml", "C"));
    writer.set(0, record("a.yaml", null, "failed"));
    await writer.close(true, null);
    const manifest = await readManifest(out);
    expect(manifest).toMatchObject({ version: 2, complete: true, interrupted: null, summary: { drafted: 1, failed: 1, skipped: 0 } });
    expect(manifest!.cases.map((c) => c.input)).toEqual(["a.yaml", "c.yaml"]);
    expect(readdirSync(out)).toEqual(["manifest.json"]);
  });

  it("is absent when there is none", async () => {
    expect(await readManifest(out)).toBeUndefined();
  });

  it("refuses a manifest whose folders or outputs would lead outside --out", async () => {
    const write = (cases: unknown[]) => writeFileSync(join(out, "manifest.json"), JSON.stringify({ ...header, complete: true, cases }));
    write([{ ...record("a.yaml", "A"), folder: "../elsewhere" }]);
    await expect(readManifest(out)).rejects.toThrow(/folder outside --out/);
    write([{ ...record("a.yaml", "A"), outputs: [{ path: "B/order.txt", sha256: "b".repeat(64), bytes: 1 }] }]);
    await expect(readManifest(out)).rejects.toThrow(/output outside its folder/);
    write([{ ...record("a.yaml", "A"), outputs: [{ path: "A/../../x", sha256: "b".repeat(64), bytes: 1 }] }]);
    await expect(readManifest(out)).rejects.toThrow(/output outside its folder/);
    writeFileSync(join(out, "manifest.json"), "{ not json");
    await expect(readManifest(out)).rejects.toThrow(/not valid JSON.*--force/);
  });
});
