/**
 * The batch's own thread (runBatchOnThread.ts): runs the batch with the options
 * it is given, sends its start, its progress (at most every PROGRESS_GAP_MS)
 * and its outcome or error, and stops cleanly when asked, as on a signal.
 */
import { parentPort, workerData } from "node:worker_threads";
import { InputError } from "../load/errors";
import { runBatch, type BatchCounts } from "./runBatch";
import type { BatchThreadData, BatchThreadReply, BatchThreadStop } from "./runBatchOnThread";

/** Least time between two progress messages: a progress bar draws 10 times a second. */
const PROGRESS_GAP_MS = 100;

const port = parentPort;
if (port === null) throw new Error("the batch's thread runs only as a worker thread");
const { options, progress } = workerData as BatchThreadData;
const send = (reply: BatchThreadReply) => port.postMessage(reply);

const stop = new AbortController();
port.on("message", (message: BatchThreadStop) => {
  if (message.kind === "stop" && !stop.signal.aborted) stop.abort(message.reason);
});

let lastProgress = -Infinity;
const onCase = (counts: BatchCounts) => {
  const now = performance.now();
  if (now - lastProgress < PROGRESS_GAP_MS) return;
  lastProgress = now;
  send({ kind: "progress", counts });
};

runBatch({ ...options, stop: stop.signal, onStart: (total) => send({ kind: "start", total }), onCase: progress ? onCase : undefined }).then(
  (outcome) => send({ kind: "done", outcome }),
  (error: unknown) => send(replyOf(error)),
).finally(() => port.unref());

function replyOf(error: unknown): BatchThreadReply {
  if (error instanceof InputError) return { kind: "input-error", filePath: error.filePath, message: error.message };
  if (!(error instanceof Error)) return { kind: "error", name: typeof error, message: String(error) };
  const { code, syscall } = error as NodeJS.ErrnoException;
  return { kind: "error", name: error.name, message: error.message, stack: error.stack, code: typeof code === "string" ? code : undefined, syscall };
}
