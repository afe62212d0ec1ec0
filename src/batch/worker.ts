/**
 * A batch worker thread: loads the pipeline once, then handles every message
 * it is sent, one at a time, until the batch terminates it. Its role (see
 * protocol.ts) comes in workerData: "whole" drafts cases, "draft" checks and
 * renders them, "pack" lays out what a drafting worker rendered.
 */
import { parentPort, workerData } from "node:worker_threads";
import { buffersOf, type CaseTask, type DraftOutcome, type PackTask, type WorkerRole } from "./protocol";
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
