/**
 * A batch worker thread: loads the pipeline once, then drafts every case it is
 * sent, one message per case, until the batch terminates it.
 */
import { parentPort } from "node:worker_threads";
import type { CaseResult, CaseTask } from "./protocol";
import { processTask } from "./draftTask";

const port = parentPort;
if (port === null) throw new Error("the batch worker runs only as a worker thread");

port.on("message", (task: CaseTask) => {
  void processTask(task).then((result: CaseResult) => {
    const transfer = result.kind === "drafted" ? [...new Set(result.files.map((f) => f.bytes.buffer as ArrayBuffer))] : [];
    port.postMessage(result, transfer);
  });
});
