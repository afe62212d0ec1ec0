/**
 * `ancillary batch`: drafts many cases on every core, one folder per case, and
 * keeps manifest.json true to what is on disk throughout.
 *
 * Workers read, check and draft (see pool.ts for how they share the work); the main thread names folders and writes,
 * strictly in input order, so the same inputs always give the same folders and
 * the same manifest. Memory stays bounded: at most WINDOW cases are between
 * "sent to a worker" and "recorded", whatever the size of the batch.
 */
import { promises as fs, constants as fsConstants } from "node:fs";
import { join, resolve } from "node:path";
import { constants as osConstants } from "node:os";
import type { Diagnostic } from "../diagnostics/types";
import { makeFolder, writeOutputs } from "../files/writeOutputs";
import { InputError } from "../load/errors";
import { discoverInputs, type BatchInput } from "./discover";
import { FolderNames } from "./folderNames";
import { ManifestWriter, manifestDiagnostic, readManifest, MANIFEST_NAME, MANIFEST_VERSION, type ManifestCase, type ManifestOutput } from "./manifest";
import { WorkerPool } from "./pool";
import type { CaseResult, CaseTask, DraftedFile, FailureKind } from "./protocol";
import { formatShard, selectShard, type Shard } from "./shard";
import { sha256 } from "./sha256";

export interface BatchOptions {
  /** Folders, files and globs, as given on the command line. */
  args: string[];
  out: string;
  jobs: number;
  force: boolean;
  resume: boolean;
  shard?: Shard;
  maxBytes: number;
  cwd?: string;
  /** Aborting stops the batch cleanly; a string reason (a signal name) is recorded in the manifest. */
  stop?: AbortSignal;
  /** Called once the inputs are known. */
  onStart?(total: number): void;
  /** Called after each case is recorded. */
  onCase?(progress: BatchCounts): void;
  /** The worker script (tests use a stand-in); the built dist/batch/worker.js by default. */
  workerScript?: string;
}

export interface BatchCounts {
  total: number;
  done: number;
  drafted: number;
  failed: number;
  skipped: number;
}

export interface BatchFailure {
  input: string;
  /** case: its content (exit 1); input, write, internal: not the case's fault (exit 2). */
  kind: FailureKind | "write";
  error: string | null;
  diagnostics: Diagnostic[];
}

export interface BatchOutcome extends BatchCounts {
  /** Cases never finished because the batch was stopped. */
  notRun: number;
  seconds: number;
  manifestPath: string;
  /** The first MAX_LISTED failures, in input order. */
  failures: BatchFailure[];
  /** The signal (or reason) that stopped the batch early. */
  interrupted: string | null;
  exitCode: number;
}

const TOOL: { name: string; version: string } = (() => {
  const pkg = require("../../package.json") as { name: string; version: string };
  return { name: pkg.name, version: pkg.version };
})();
/** Failures kept for the summary; the manifest has them all. */
const MAX_LISTED = 1000;
/** Cases written at once: enough to keep the disk busy, few enough to keep memory flat. */
const MAX_WRITES = 8;

export async function runBatch(options: BatchOptions): Promise<BatchOutcome> {
  const started = performance.now();
  // The workers load the pipeline (a few hundred ms each) while this thread finds the inputs.
  const pool = new WorkerPool(Math.max(1, options.jobs), options.workerScript);
  let run: BatchRun;
  try {
    const cwd = options.cwd ?? process.cwd();
    const outDir = resolve(cwd, options.out);
    const inputs = selectShard(await discoverInputs(options.args, cwd), options.shard);
    pool.shrinkTo(inputs.length);

    await makeFolder(outDir).catch((error: NodeJS.ErrnoException) => {
      throw new InputError(options.out, `cannot create the output folder (${error.code})`);
    });
    const stat = await fs.stat(outDir);
    if (!stat.isDirectory()) throw new InputError(options.out, "is not a folder");
    await fs.access(outDir, fsConstants.W_OK).catch(() => {
      throw new InputError(options.out, "cannot be written to (permission denied)");
    });
    const earlier = await readManifest(outDir);
    if (earlier && !options.resume && !options.force) {
      throw new InputError(
        options.out,
        `already holds ${MANIFEST_NAME} from an earlier batch: use --resume to carry on (unchanged cases are skipped), ` +
          "--force to draft every case again, replacing its documents, or choose another --out folder",
      );
    }
    run = new BatchRun(options, outDir, inputs, options.resume ? (earlier?.cases ?? []) : [], pool);
  } catch (error) {
    await pool.close();
    throw error;
  }
  await run.start();
  await run.finished;
  return run.finish(performance.now() - started);
}

class BatchRun {
  readonly finished: Promise<void>;
  private resolveFinished!: () => void;
  private readonly manifest: ManifestWriter;
  private readonly earlier = new Map<string, ManifestCase>();
  private readonly names = new FolderNames();
  private readonly window: number;
  private next = 0;
  private commitAt = 0;
  private writes = 0;
  private readonly ready = new Map<number, CaseResult>();
  /** Tasks a dying worker held, to be tried once more on another worker. */
  private readonly retry: CaseTask[] = [];
  private readonly retried = new Set<number>();
  private readonly counts: BatchCounts;
  private readonly failures: BatchFailure[] = [];
  private caseFailures = 0;
  private otherFailures = 0;
  private stopping: string | null = null;
  private fatal: unknown;
  private settled = false;
  private readonly onAbort = () => this.stop(String(this.options.stop?.reason ?? "stopped"));

  constructor(
    private readonly options: BatchOptions,
    private readonly outDir: string,
    private readonly inputs: BatchInput[],
    carried: ManifestCase[],
    private readonly pool: WorkerPool,
  ) {
    this.finished = new Promise((resolveFinished) => (this.resolveFinished = resolveFinished));
    this.window = Math.max(32, options.jobs * 8);
    this.counts = { total: inputs.length, done: 0, drafted: 0, failed: 0, skipped: 0 };
    for (const record of carried) {
      this.earlier.set(record.input, record);
      if (record.folder !== null) this.names.reserve(record.folder);
    }
    // Records of documents from cases outside this run stay: the documents are still in --out.
    const inRun = new Set(inputs.map((input) => input.shown));
    const others = carried.filter((record) => !inRun.has(record.input) && record.outputs.length > 0);
    this.manifest = new ManifestWriter(
      outDir,
      { version: MANIFEST_VERSION, tool: TOOL, startedAt: new Date().toISOString(), shard: options.shard ? formatShard(options.shard) : null },
      inputs.length + others.length,
    );
    // Until a case is redone, its slot holds what the earlier run recorded, which is still on disk.
    inputs.forEach((input, slot) => {
      const record = this.earlier.get(input.shown);
      if (record) this.manifest.seed(slot, record);
    });
    others.forEach((record, k) => this.manifest.seed(inputs.length + k, record));
  }

  async start(): Promise<void> {
    await this.manifest.writeNow();
    this.options.onStart?.(this.inputs.length);
    if (this.options.stop?.aborted) return this.stop(String(this.options.stop.reason));
    this.options.stop?.addEventListener("abort", this.onAbort, { once: true });
    this.pool.listen({
      result: (result) => this.onResult(result),
      lost: (tasks, reason, alone) => {
        // A worker that dies holding several cases cannot say which killed it: each is tried
        // again alone, and a case fails only when a worker dies drafting it alone.
        for (const task of tasks) {
          if (alone && this.retried.has(task.id)) {
            this.onResult({ id: task.id, kind: "failed", failure: "internal", inputSha256: null, diagnostics: [], error: `internal error (the worker drafting it stopped: ${reason})` });
          } else {
            this.retried.add(task.id);
            this.retry.push(task);
          }
        }
        this.pump();
      },
    });
    this.pump();
    this.settleIfDone();
  }

  async finish(elapsedMs: number): Promise<BatchOutcome> {
    this.options.stop?.removeEventListener("abort", this.onAbort);
    await this.pool.close();
    const complete = this.counts.done === this.counts.total && this.fatal === undefined;
    try {
      await this.manifest.close(complete, this.stopping);
    } catch (error) {
      this.fatal ??= error;
    }
    if (this.fatal !== undefined) throw this.fatal;
    const interrupted = this.stopping;
    const exitCode = interrupted ? 128 + (osConstants.signals[interrupted as NodeJS.Signals] ?? 2) : this.otherFailures > 0 ? 2 : this.caseFailures > 0 ? 1 : 0;
    return {
      ...this.counts,
      notRun: this.counts.total - this.counts.done,
      seconds: elapsedMs / 1000,
      manifestPath: join(this.outDir, MANIFEST_NAME),
      failures: this.failures,
      interrupted,
      exitCode,
    };
  }

  /** Hands out work while the window and the workers have room. */
  private pump(): void {
    if (this.stopping !== null || this.fatal !== undefined) return;
    if (this.pool.alive === 0 && this.counts.done < this.inputs.length) {
      this.fail(new Error("every batch worker has stopped (see the failed cases' errors)"));
      return;
    }
    while (this.retry.length > 0 && this.pool.hasRoom(true)) this.pool.send(this.retry.shift()!, true);
    // Cases to retry wait for an idle worker: send nothing new until they have one.
    if (this.retry.length > 0) return;
    while (this.next < this.inputs.length && this.next - this.counts.done < this.window && this.pool.hasRoom()) {
      this.pool.send(this.task(this.next++));
    }
  }

  private task(id: number): CaseTask {
    const input = this.inputs[id];
    const record = this.earlier.get(input.shown);
    const task: CaseTask = { id, path: input.path, maxBytes: this.options.maxBytes };
    if (record?.folder != null) {
      task.previous = {
        folder: join(this.outDir, record.folder),
        inputSha256: record.inputSha256,
        drafted: record.status !== "failed",
        outputs: record.outputs.map((o) => ({ fileName: o.path.slice(record.folder!.length + 1), sha256: o.sha256 })),
      };
    }
    return task;
  }

  private onResult(result: CaseResult): void {
    if (this.stopping !== null || this.fatal !== undefined) return;
    this.ready.set(result.id, result);
    this.commit();
    this.pump();
  }

  /** Records and writes finished cases in input order. */
  private commit(): void {
    while (this.stopping === null && this.fatal === undefined && this.writes < MAX_WRITES && this.ready.has(this.commitAt)) {
      const id = this.commitAt++;
      const result = this.ready.get(id)!;
      this.ready.delete(id);
      this.settle(id, result);
    }
    this.settleIfDone();
  }

  private settle(id: number, result: CaseResult): void {
    const input = this.inputs[id];
    const earlier = this.earlier.get(input.shown);
    if (result.kind === "unchanged") {
      this.record(id, { ...earlier!, inputSha256: result.inputSha256, status: "skipped" });
      return;
    }
    if (result.kind === "failed") {
      const record = { input: input.shown, inputSha256: result.inputSha256, status: "failed" as const, folder: null, outputs: [], diagnostics: result.diagnostics.map(manifestDiagnostic), error: result.error };
      this.record(id, record, { input: input.shown, kind: result.failure, error: result.error, diagnostics: result.diagnostics });
      return;
    }
    const folder = earlier?.folder ?? this.names.claim(result.reference);
    const base = { input: input.shown, inputSha256: result.inputSha256, folder, diagnostics: result.diagnostics.map(manifestDiagnostic) };
    const failWrite = (error: string, outputs: ManifestOutput[]) =>
      this.record(id, { ...base, status: "failed", outputs, error }, { input: input.shown, kind: "write", error, diagnostics: result.diagnostics });
    if (result.conflicts.length > 0 && !this.options.force) {
      const untouched = (earlier?.outputs ?? []).filter((o) => !result.conflicts.includes(o.path.slice(folder.length + 1)));
      failWrite(`${folder}: already holds ${result.conflicts.join(", ")}, which this batch did not write or which changed since: nothing was written; use --force to replace`, untouched);
      return;
    }
    this.writes++;
    // The worker has checked that whatever the earlier run left in its folder is exactly what it recorded.
    const replace = this.options.force || earlier?.folder != null;
    const files = result.files.map((file) => ({ fileName: file.fileName, bytes: file.bytes }));
    writeOutputs(join(this.outDir, folder), files, { force: replace, within: this.outDir, durable: false })
      .then(
        () => this.record(id, { ...base, status: "drafted", outputs: outputsOf(folder, result.files), error: null }),
        async (error: unknown) => {
          const why = error instanceof Error ? error.message : String(error);
          failWrite(`${folder}: ${why}`, await alreadyWritten(join(this.outDir, folder), folder, result.files));
        },
      )
      .catch((error: unknown) => this.fail(error))
      .finally(() => {
        this.writes--;
        this.commit();
        this.pump();
      });
  }

  private record(id: number, record: ManifestCase, failure?: BatchFailure): void {
    this.manifest.set(id, record);
    this.counts.done++;
    this.counts[record.status]++;
    if (failure) {
      if (failure.kind === "case") this.caseFailures++;
      else this.otherFailures++;
      if (this.failures.length < MAX_LISTED) this.failures.push(failure);
    }
    this.options.onCase?.({ ...this.counts });
    if (this.manifest.error !== undefined) this.fail(this.manifest.error);
  }

  /** Stops handing out work; writes under way finish and are recorded, the rest is dropped. */
  private stop(reason: string): void {
    if (this.stopping !== null) return;
    this.stopping = reason;
    this.halt();
  }

  private fail(error: unknown): void {
    if (this.fatal !== undefined) return;
    this.fatal = error;
    this.halt();
  }

  private halt(): void {
    this.ready.clear();
    // Workers write nothing, so stopping them mid-case leaves nothing behind.
    void this.pool.close();
    this.settleIfDone();
  }

  private settleIfDone(): void {
    if (this.settled || this.writes > 0) return;
    if (this.stopping !== null || this.fatal !== undefined || this.counts.done === this.counts.total) {
      this.settled = true;
      this.resolveFinished();
    }
  }
}

function outputsOf(folder: string, files: DraftedFile[]): ManifestOutput[] {
  return files.map((file) => ({ path: `${folder}/${file.fileName}`, sha256: file.sha256, bytes: file.bytes.length }));
}

/** After a failed write, the documents that did land (whole: each is renamed into place), so the manifest lists them. */
async function alreadyWritten(dir: string, folder: string, files: DraftedFile[]): Promise<ManifestOutput[]> {
  const landed: DraftedFile[] = [];
  for (const file of files) {
    const bytes = await fs.readFile(join(dir, file.fileName)).catch(() => undefined);
    if (bytes !== undefined && sha256(bytes) === file.sha256) landed.push(file);
  }
  return outputsOf(folder, landed);
}
