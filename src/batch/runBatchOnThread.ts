/**
 * Runs a batch (runBatch.ts) on a thread of its own, with a small young
 * generation, and hands back its outcome as if it had run here.
 *
 * The thread that names folders, writes the documents and keeps the manifest
 * makes a little short-lived garbage per case (messages, records, write
 * bookkeeping). On the main thread V8 grows the young generation to its default
 * maximum (16 MB semi-spaces) once enough of it has survived, ~25-70 s into a
 * long batch, which a short batch never reaches: that was the difference
 * between the peaks of 100,000 and 5,000 cases (bench/README.md). A worker's
 * heap can be bounded when it starts (resourceLimits), as the drafting and
 * packing workers' are; the main thread's only with options given to Node,
 * which would also change the flags V8 checks the start-up code cache against.
 */
import { statSync } from "node:fs";
import { join, resolve as resolvePath } from "node:path";
import { Worker, type ResourceLimits } from "node:worker_threads";
import { InputError } from "../load/errors";
import { builtScript } from "../paths";
import { MANIFEST_NAME, OLD_MANIFEST_NAME } from "./manifest";
import type { BatchCounts, BatchOptions, BatchOutcome } from "./runBatch";

/**
 * The batch thread's young generation: 8 MB, as the drafting and packing
 * workers'. V8's default on the main thread grows to 48 MB.
 */
const YOUNG_MB = 8;
/**
 * The batch thread's old generation, without an earlier manifest. V8 sizes its
 * collections by the most the heap may grow to: under a few hundred MB it
 * collects sooner and grows the heap by less, which kept this thread's old
 * space under ~12 MB where, unbounded, it filled to ~26 MB before its first
 * full collection, ~80 s into a long batch (bench/README.md, issue 18). What
 * the thread keeps for the whole batch is ~30 bytes a case in the heap (the
 * inputs; the folder names and statuses are outside it): 192 MB is room for
 * millions of cases.
 */
const OLD_MB = 192;
/**
 * Old-generation room per byte of an earlier manifest, which the thread reads
 * whole (with --resume, or to refuse or replace it): 100,000 records (83 MB
 * of manifest.jsonl) took 109 MB of heap once read, and read within 300 MB.
 */
const OLD_PER_MANIFEST_BYTE = 4;

/** What crosses to the batch's thread: the options that are plain data. */
export type ThreadOptions = Omit<BatchOptions, "stop" | "onStart" | "onCase">;

export interface BatchThreadData {
  options: ThreadOptions;
  /** Send progress (counts at most every PROGRESS_GAP_MS) for onCase. */
  progress: boolean;
}

/** From the batch's thread to this one. */
export type BatchThreadReply =
  | { kind: "start"; total: number }
  | { kind: "progress"; counts: BatchCounts }
  | { kind: "done"; outcome: BatchOutcome }
  | { kind: "input-error"; filePath: string; message: string }
  | { kind: "error"; name: string; message: string; stack?: string; code?: string; syscall?: string };

/** From this thread to the batch's: stop cleanly, as a signal would. */
export interface BatchThreadStop {
  kind: "stop";
  reason: string;
}

/**
 * As runBatch, on a thread of its own. onCase is called with the counts at
 * most every PROGRESS_GAP_MS (a progress bar draws 10 times a second), and once
 * more with the final counts, so no message crosses per case.
 */
export function runBatchOnThread(options: BatchOptions): Promise<BatchOutcome> {
  const { stop, onStart, onCase, ...plain } = options;
  const data: BatchThreadData = { options: { ...plain, cwd: plain.cwd ?? process.cwd() }, progress: onCase !== undefined };
  return new Promise((resolve, reject) => {
    const resourceLimits = batchThreadLimits(resolvePath(data.options.cwd ?? ".", options.out));
    const worker = new Worker(builtScript("batch/runBatchWorker.js"), { workerData: data, resourceLimits });
    let settled = false;
    const onAbort = () => worker.postMessage({ kind: "stop", reason: String(stop?.reason ?? "stopped") } satisfies BatchThreadStop);
    if (stop?.aborted) onAbort();
    else stop?.addEventListener("abort", onAbort, { once: true });
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      stop?.removeEventListener("abort", onAbort);
      // Its work is done (its folder's lock released): it must not keep the process alive.
      worker.unref();
      finish();
    };
    worker.on("message", (reply: BatchThreadReply) => {
      if (reply.kind === "start") onStart?.(reply.total);
      else if (reply.kind === "progress") onCase?.(reply.counts);
      else if (reply.kind === "done") {
        const { outcome } = reply;
        onCase?.({ total: outcome.total, done: outcome.done, drafted: outcome.drafted, failed: outcome.failed, skipped: outcome.skipped });
        settle(() => resolve(outcome));
      } else settle(() => reject(errorOf(reply)));
    });
    worker.on("error", (error) => settle(() => reject(outOfMemory(error, resourceLimits) ?? error)));
    worker.on("exit", (code) => settle(() => reject(new Error(`the batch's thread stopped (exit ${code}) before the batch ended`))));
  });
}

/** The limits of the batch's thread writing into outDir: more old generation for an earlier manifest to read. */
export function batchThreadLimits(outDir: string): ResourceLimits {
  const manifestBytes = Math.max(fileBytes(join(outDir, MANIFEST_NAME)), fileBytes(join(outDir, OLD_MANIFEST_NAME)));
  return { maxYoungGenerationSizeMb: YOUNG_MB, maxOldGenerationSizeMb: OLD_MB + Math.ceil((OLD_PER_MANIFEST_BYTE * manifestBytes) / 2 ** 20) };
}

function fileBytes(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    // None there (or none readable: the batch says so, in its own words, when it reads it).
    return 0;
  }
}

/** The batch's thread out of memory, said as what to do: one line, exit 2. */
function outOfMemory(error: Error, limits: ResourceLimits): InputError | undefined {
  if ((error as NodeJS.ErrnoException).code !== "ERR_WORKER_OUT_OF_MEMORY") return undefined;
  return new InputError(
    "batch",
    `ran out of memory (its thread may use ${limits.maxOldGenerationSizeMb} MB): split the inputs with --shard, or draft them in smaller batches; --resume carries on from what was written`,
  );
}

/** The batch's error, as this thread's kind of error: an InputError stays one (exit 2, one line). */
function errorOf(reply: Extract<BatchThreadReply, { kind: "input-error" | "error" }>): Error {
  if (reply.kind === "input-error") return new InputError(reply.filePath, reply.message);
  const error = new Error(reply.message);
  error.name = reply.name;
  if (reply.stack !== undefined) error.stack = reply.stack;
  // A system error (a full disk) is printed by its code and call: they come with it.
  return Object.assign(error, reply.code === undefined ? {} : { code: reply.code }, reply.syscall === undefined ? {} : { syscall: reply.syscall });
}
