/**
 * A batch worker thread: loads the pipeline once, then handles every message
 * it is sent, one at a time, until the batch terminates it. Its role (see
 * protocol.ts) comes in workerData: "whole" drafts cases, "draft" checks and
 * renders them, "pack" lays out what a drafting worker rendered.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { CaseTask, DraftOutcome, PackTask, WorkerRole } from "./protocol";
import { draftStage, packStage, processTask } from "./draftTask";

const port = parentPort;
if (port === null) throw new Error("the batch worker runs only as a worker thread");
const role: WorkerRole = (workerData as { role?: WorkerRole } | null)?.role ?? "whole";

port.on("message", (message: CaseTask | PackTask) => {
  void handle(message).then((outcome) => port.postMessage(outcome, buffersOf(outcome)));
});

async function handle(message: CaseTask | PackTask): Promise<DraftOutcome> {
  if (role === "pack") return packStage(message as PackTask);
  if (role === "draft") return draftStage(message as CaseTask);
  return processTask(message as CaseTask);
}

/** The file bytes in an outcome, moved to the other thread rather than copied. */
function buffersOf(outcome: DraftOutcome): ArrayBuffer[] {
  const bytes = outcome.kind === "drafted" ? outcome.files.map((f) => f.bytes) : outcome.kind === "pack" ? outcome.documents.flatMap((d) => ("bytes" in d ? [d.bytes] : [])) : [];
  return [...new Set(bytes.map((b) => b.buffer as ArrayBuffer))];
}
