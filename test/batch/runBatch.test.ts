import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import workerThreads, { type WorkerOptions } from "node:worker_threads";
import { join } from "node:path";
import { runBatch } from "../../src/batch/runBatch";
import { readManifestLines } from "../support/manifest";
import { defaultJobs } from "../../src/batch/jobs";
import { FAKE_WORKER } from "../support/fakeBatchWorker";

describe("runBatch when a worker dies", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "ancillary-runbatch-"));
    writeFileSync(join(dir, "worker.js"), FAKE_WORKER);
    for (const name of ["1-ok", "2-crash", "3-ok", "4-ok", "5-ok"]) writeFileSync(join(dir, `${name}.yaml`), "x");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** One worker, running the stand-in worker script over the cases in dir. */
  const options = () => ({
    args: ["."],
    cwd: dir,
    out: "out",
    jobs: 1,
    force: false,
    resume: false,
    maxBytes: 1024,
    workerScript: join(dir, "worker.js"),
  });

  it("fails only the case that killed it, retries the others it held, and carries on", async () => {
    const outcome = await runBatch(options());
    expect(outcome).toMatchObject({ total: 5, done: 5, drafted: 4, failed: 1, skipped: 0, interrupted: null, exitCode: 2 });
    expect(outcome.reports).toEqual([{ input: "2-crash.yaml", status: "failed", kind: "internal", diagnostics: [], error: expect.stringMatching(/^internal error \(the worker drafting it stopped/) }]);
    const manifest = readManifestLines<{ input: string; status: string; folder: string | null }>(join(dir, "out"));
    expect(manifest.complete).toBe(true);
    expect(manifest.cases.map((c) => [c.input, c.status, c.folder])).toEqual([
      ["../1-ok.yaml", "drafted", "1-ok"],
      ["../2-crash.yaml", "failed", null],
      ["../3-ok.yaml", "drafted", "3-ok"],
      ["../4-ok.yaml", "drafted", "4-ok"],
      ["../5-ok.yaml", "drafted", "5-ok"],
    ]);
    expect(readFileSync(join(dir, "out", "3-ok", "order.txt"), "utf8")).toBe("order for 3-ok\n");
  });

  it("fails only the killer when cases it held were still in hand at the second death: each is retried alone", async () => {
    rmSync(join(dir, "2-crash.yaml"));
    for (const name of ["6-slow", "7-crash", "8-slow"]) writeFileSync(join(dir, `${name}.yaml`), "x");
    const outcome = await runBatch(options());
    expect(outcome).toMatchObject({ total: 7, done: 7, drafted: 6, failed: 1 });
    expect(outcome.reports.map((f) => f.input)).toEqual(["7-crash.yaml"]);
    expect(readFileSync(join(dir, "out", "6-slow", "order.txt"), "utf8")).toBe("order for 6-slow\n");
  });

  it("starts no more worker threads than there are cores, whatever --jobs asks", async () => {
    rmSync(join(dir, "2-crash.yaml"));
    const RealWorker = workerThreads.Worker;
    const started = jest.spyOn(workerThreads, "Worker").mockImplementation(((script: string, options: WorkerOptions) => new RealWorker(script, options)) as never);
    try {
      const outcome = await runBatch({ ...options(), jobs: 64 });
      expect(outcome).toMatchObject({ total: 4, drafted: 4 });
      expect(started).toHaveBeenCalled();
      // The drafting workers: the short-lived thread that finds the inputs is not one.
      expect(started.mock.calls.filter(([script]) => script === join(dir, "worker.js")).length).toBeLessThanOrEqual(availableParallelism());
    } finally {
      started.mockRestore();
    }
  });

  it("without --jobs, starts as many worker threads as the default for its number of cases (one for a few cases on two cores)", async () => {
    rmSync(join(dir, "2-crash.yaml"));
    const RealWorker = workerThreads.Worker;
    const started = jest.spyOn(workerThreads, "Worker").mockImplementation(((script: string, options: WorkerOptions) => new RealWorker(script, options)) as never);
    try {
      const { jobs: _, ...unasked } = options();
      const outcome = await runBatch(unasked);
      expect(outcome).toMatchObject({ total: 4, drafted: 4 });
      expect(started.mock.calls.filter(([script]) => script === join(dir, "worker.js")).length).toBe(defaultJobs(4));
    } finally {
      started.mockRestore();
    }
  });

  it("stops when asked, recording what was written and nothing else", async () => {
    const stop = new AbortController();
    const outcome = await runBatch({
      ...options(),
      stop: stop.signal,
      onCase: () => stop.abort("SIGTERM"),
    });
    expect(outcome).toMatchObject({ total: 5, done: 1, drafted: 1, notRun: 4, interrupted: "SIGTERM", exitCode: 143 });
    const manifest = readManifestLines<{ input: string }>(join(dir, "out"));
    expect(manifest).toMatchObject({ complete: false, interrupted: "SIGTERM" });
    expect(manifest.cases).toHaveLength(1);
  });
});

/**
 * Stand-in workers in two roles: a drafting worker renders "order for NAME" as a
 * document still to lay out; a packing worker lays it out, and dies on any case
 * named pack-crash-*.
 */
const FAKE_ROLE_WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const { createHash } = require("node:crypto");
const { basename } = require("node:path");
parentPort.on("message", (message) => {
  if (workerData.role === "draft") {
    const name = basename(message.path, ".yaml");
    const documents = [{ fileName: "order.txt", docx: { text: "order for " + name + "\\n" } }];
    return void setTimeout(() => parentPort.postMessage({ id: message.id, kind: "pack", inputSha256: "0".repeat(64), reference: name, diagnostics: [], documents, confidentialWarnings: [] }), 5);
  }
  if (message.reference.includes("pack-crash")) return void setTimeout(() => process.exit(1), 30);
  const bytes = new Uint8Array(Buffer.from(message.documents[0].docx.text));
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  setTimeout(() => parentPort.postMessage({ id: message.id, kind: "drafted", inputSha256: message.inputSha256, reference: message.reference, diagnostics: [], files: [{ fileName: "order.txt", bytes, sha256 }], conflicts: [], confidentialWarnings: [] }), 5);
});
`;

describe("runBatch with drafting and packing workers", () => {
  let dir: string;
  const names = ["1-ok", "2-ok", "3-pack-crash", "4-ok", "5-ok", "6-ok", "7-ok"];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "ancillary-runbatch-roles-"));
    writeFileSync(join(dir, "worker.js"), FAKE_ROLE_WORKER);
    for (const name of names) writeFileSync(join(dir, `${name}.yaml`), "x");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("passes each case from a drafting worker to a packing one, and a packing worker's death fails only its case", async () => {
    const outcome = await runBatch({ args: ["."], cwd: dir, out: "out", jobs: 2, force: false, resume: false, maxBytes: 1024, workerScript: join(dir, "worker.js") });
    expect(outcome).toMatchObject({ total: 7, done: 7, drafted: 6, failed: 1, interrupted: null, exitCode: 2 });
    expect(outcome.reports).toEqual([{ input: "3-pack-crash.yaml", status: "failed", kind: "internal", diagnostics: [], error: expect.stringMatching(/^internal error \(the worker drafting it stopped/) }]);
    for (const name of names.filter((n) => n.endsWith("ok"))) {
      expect(readFileSync(join(dir, "out", name, "order.txt"), "utf8")).toBe(`order for ${name}\n`);
    }
  });
});

