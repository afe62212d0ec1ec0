/**
 * Reads a report's cases on several threads, as `batch` drafts them: this
 * thread and each worker take a share of the files at a time as they are ready
 * for more, so a slow file holds back one share and not the rest; a worker
 * sends back only its counts. Counts add up in any order (summary.ts), so the report is the same
 * whatever the number of threads.
 */
import { Worker } from "node:worker_threads";
import type { BatchInput } from "../batch/discover";
import { defaultJobs } from "../batch/jobs";
import { builtScript } from "../paths";
import type { ReportReply, ReportTask } from "./protocol";
import { addCases, summariseCases, type ReadOptions } from "./readCases";
import { SummaryBuilder, type Summary } from "./summary";

/** Files a thread reads between messages: enough that messages cost little, few enough that the threads finish together. */
const SHARE = 64;
/** The cases a thread should have to read for another to be worth starting. */
const MIN_CASES_A_WORKER = 500;

export interface ParallelReadOptions extends ReadOptions {
  /** Threads reading, this one included; 1 reads on this thread alone; absent, chosen from the number of cases (batch/jobs.ts). */
  jobs?: number;
  /** The cases a thread should have for another to be started (tests lower it). */
  minCasesAWorker?: number;
}

export async function summariseInParallel(inputs: ReadonlyArray<BatchInput>, options: ParallelReadOptions): Promise<Summary> {
  // This thread reads too, so jobs n means n - 1 workers; each costs a pipeline load
  // (about as much as reading a hundred cases), so none unless it would read several times that.
  const jobs = options.jobs ?? defaultJobs(inputs.length);
  const workerCount = Math.min(jobs - 1, Math.floor(inputs.length / (options.minCasesAWorker ?? MIN_CASES_A_WORKER)) - 1);
  if (workerCount < 1) return summariseCases(inputs, options);
  const total = new SummaryBuilder();
  let next = 0;
  const takeShare = () => {
    const share = inputs.slice(next, next + SHARE);
    next += share.length;
    return share;
  };
  const workers: Worker[] = [];
  try {
    const workersDone = Array.from({ length: workerCount }, () => {
      const worker = new Worker(builtScript("report/worker.js"), { workerData: { maxBytes: options.maxBytes } });
      workers.push(worker);
      return new Promise<void>((resolve, reject) => {
        worker.on("error", reject);
        worker.on("exit", (code) => reject(new Error(`a report worker stopped (exit ${code}) before sending its counts`)));
        worker.on("message", (reply: ReportReply) => {
          if (reply.kind === "summary") {
            total.addSummary(reply.summary);
            resolve();
            return;
          }
          const share = takeShare();
          worker.postMessage((share.length > 0 ? { kind: "cases", inputs: share } : { kind: "finish" }) satisfies ReportTask);
        });
      });
    });
    // A failed worker stops the report at once, not after this thread has read the rest.
    let failure: unknown;
    const watched = Promise.all(workersDone).catch((error: unknown) => {
      failure = error;
    });
    for (let share = takeShare(); share.length > 0 && failure === undefined; share = takeShare()) {
      addCases(total, share, options);
      // Between shares, let the workers' messages in: they are waiting for their next share.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await watched;
    if (failure !== undefined) throw failure;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return total.build();
}
