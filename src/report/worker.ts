/**
 * A report worker thread: loads the pipeline once, reads each share of the
 * cases it is sent into its own summary, and sends that summary back when told
 * there is no more. Counts only cross between threads: never a case's text.
 */
import { parentPort, workerData } from "node:worker_threads";
import { addCases } from "./readCases";
import { SummaryBuilder } from "./summary";
import type { ReportReply, ReportTask } from "./protocol";

const port = parentPort;
if (port === null) throw new Error("the report worker runs only as a worker thread");
const { maxBytes } = workerData as { maxBytes?: number };
const summary = new SummaryBuilder();

port.on("message", (task: ReportTask) => {
  if (task.kind === "cases") {
    addCases(summary, task.inputs, { maxBytes });
    port.postMessage({ kind: "more" } satisfies ReportReply);
  } else {
    port.postMessage({ kind: "summary", summary: summary.build() } satisfies ReportReply);
  }
});
port.postMessage({ kind: "more" } satisfies ReportReply);
