import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InputError } from "../../src/load/errors";
import type { BatchCounts } from "../../src/batch/runBatch";
import { batchThreadLimits, runBatchOnThread } from "../../src/batch/runBatchOnThread";
import { readManifestLines } from "../support/manifest";
import { FAKE_WORKER } from "../support/fakeBatchWorker";

describe("runBatchOnThread", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "ancillary-batch-thread-"));
    writeFileSync(join(dir, "worker.js"), FAKE_WORKER);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const cases = (...names: string[]) => names.forEach((name) => writeFileSync(join(dir, `${name}.yaml`), "x"));
  const options = () => ({ args: ["."], cwd: dir, out: "out", jobs: 1, force: false, resume: false, maxBytes: 1024, workerScript: join(dir, "worker.js") });

  it("drafts the batch on a thread of its own and hands back its outcome, its start and its final counts", async () => {
    cases("1-ok", "2-crash", "3-ok");
    const started: number[] = [];
    const progress: BatchCounts[] = [];
    const outcome = await runBatchOnThread({ ...options(), onStart: (total) => started.push(total), onCase: (counts) => progress.push(counts) });
    expect(outcome).toMatchObject({ total: 3, done: 3, drafted: 2, failed: 1, interrupted: null, exitCode: 2 });
    expect(outcome.reports).toEqual([{ input: "2-crash.yaml", status: "failed", kind: "internal", diagnostics: [], error: expect.stringMatching(/^internal error/) }]);
    expect(started).toEqual([3]);
    expect(progress.at(-1)).toEqual({ total: 3, done: 3, drafted: 2, failed: 1, skipped: 0 });
    expect(readManifestLines<{ input: string }>(join(dir, "out")).cases.map((c) => c.input)).toEqual(["../1-ok.yaml", "../2-crash.yaml", "../3-ok.yaml"]);
    expect(readFileSync(join(dir, "out", "3-ok", "order.txt"), "utf8")).toBe("order for 3-ok\n");
  });

  it("stops cleanly when the stop signal comes during the batch, recording what was written", async () => {
    cases(...Array.from({ length: 20 }, (_, i) => `${String(i).padStart(2, "0")}-slow`));
    const stop = new AbortController();
    const outcome = await runBatchOnThread({ ...options(), stop: stop.signal, onCase: (counts) => counts.done > 0 && stop.abort("SIGTERM") });
    expect(outcome).toMatchObject({ total: 20, interrupted: "SIGTERM", exitCode: 143 });
    expect(outcome.done).toBeGreaterThan(0);
    expect(outcome.notRun).toBe(20 - outcome.done);
    const manifest = readManifestLines<{ input: string }>(join(dir, "out"));
    expect(manifest).toMatchObject({ complete: false, interrupted: "SIGTERM" });
    expect(manifest.cases).toHaveLength(outcome.done);
  });

  it("drafts nothing when stopped before it starts", async () => {
    cases("1-ok");
    const stop = new AbortController();
    stop.abort("SIGINT");
    const outcome = await runBatchOnThread({ ...options(), stop: stop.signal });
    expect(outcome).toMatchObject({ total: 1, done: 0, notRun: 1, interrupted: "SIGINT", exitCode: 130 });
  });

  it("refuses inputs that name nothing with the same one-line error as on the main thread", async () => {
    const refusal = runBatchOnThread({ ...options(), args: ["missing.yaml"] });
    await expect(refusal).rejects.toBeInstanceOf(InputError);
    await expect(refusal).rejects.toMatchObject({ filePath: "missing.yaml", message: "does not exist: check the path" });
  });
});

describe("the batch thread's memory limits", () => {
  let out: string;
  beforeEach(() => (out = mkdtempSync(join(tmpdir(), "ancillary-batch-limits-"))));
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  it("bounds the young and the old generation of a batch into a new folder", () => {
    expect(batchThreadLimits(join(out, "new"))).toEqual({ maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 192 });
  });

  it("gives the old generation room to read an earlier manifest whole, of either version, four times its size", () => {
    writeFileSync(join(out, "manifest.jsonl"), Buffer.alloc(10 * 2 ** 20));
    expect(batchThreadLimits(out).maxOldGenerationSizeMb).toBe(192 + 40);
    writeFileSync(join(out, "manifest.json"), Buffer.alloc(30 * 2 ** 20));
    expect(batchThreadLimits(out).maxOldGenerationSizeMb).toBe(192 + 120);
  });
});
