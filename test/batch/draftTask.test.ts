import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { processTask } from "../../src/batch/draftTask";
import type { CaseResult } from "../../src/batch/protocol";

const example = readFileSync(join(__dirname, "..", "..", "examples", "threat-to-control-former-partner.yaml"));
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("drafting one case of a batch (in a worker)", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ancillary-task-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const file = (name: string, bytes: Uint8Array | string) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
  const run = (path: string, previous?: Parameters<typeof processTask>[0]["previous"]) => processTask({ id: 7, path, shownAs: [path], maxBytes: 1024 * 1024, confidentialSchedule: false, previous });

  it("drafts a good case: the documents with their hashes, and the hash of the file's own bytes", async () => {
    // A byte-order mark is dropped before parsing, but the hash is of the bytes on disk.
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), example]);
    const result = await run(file("bom.yaml", bytes));
    expect(result).toMatchObject({ id: 7, kind: "drafted", reference: "41LN0456726", inputSha256: sha256(bytes), conflicts: [] });
    const drafted = result as Extract<CaseResult, { kind: "drafted" }>;
    expect(drafted.files.map((f) => f.fileName).sort()).toEqual(["application.docx", "order.docx", "order.txt"]);
    for (const f of drafted.files) expect(f.sha256).toBe(sha256(f.bytes));
  });

  it("fails a case with errors, and a file that is not a case, without throwing", async () => {
    const broken = await run(file("broken.yaml", example.toString().replace("jurisdiction: england-and-wales", "jurisdiction: scotland")));
    expect(broken).toMatchObject({ kind: "failed", failure: "case", error: null });
    expect((broken as Extract<CaseResult, { kind: "failed" }>).diagnostics.some((d) => d.severity === "error")).toBe(true);
    expect(await run(file("empty.yaml", ""))).toMatchObject({ kind: "failed", failure: "input", inputSha256: null, error: expect.stringMatching(/is empty/) });
    expect(await run(join(dir, "missing.yaml"))).toMatchObject({ kind: "failed", failure: "input", error: expect.stringMatching(/does not exist/) });
  });

  it("skips a case whose input and documents match the earlier run, and names documents it may not replace", async () => {
    const path = file("again.yaml", example);
    const first = (await run(path)) as Extract<CaseResult, { kind: "drafted" }>;
    const folder = join(dir, "41LN0456726");
    mkdirSync(folder, { recursive: true });
    for (const f of first.files) writeFileSync(join(folder, f.fileName), f.bytes);
    const previous = { folder, inputSha256: first.inputSha256, drafted: true, outputs: first.files.map((f) => ({ fileName: f.fileName, sha256: f.sha256 })) };

    expect(await run(path, previous)).toEqual({ id: 7, kind: "unchanged", inputSha256: first.inputSha256 });
    // Changed input: redrafted; its own untouched documents may be replaced.
    expect(await run(path, { ...previous, inputSha256: "0".repeat(64) })).toMatchObject({ kind: "drafted", conflicts: [] });
    // A document edited by hand is not the batch's to replace.
    writeFileSync(join(folder, "order.txt"), "edited");
    expect(await run(path, previous)).toMatchObject({ kind: "drafted", conflicts: ["order.txt"] });
  });
});
