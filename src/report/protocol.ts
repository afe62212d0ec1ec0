import type { BatchInput } from "../batch/discover";
import type { Summary } from "./summary";

/** What the reading thread sends a report worker: a share of the cases, or word that there are no more. */
export type ReportTask = { kind: "cases"; inputs: BatchInput[] } | { kind: "finish" };

/** What a report worker answers: ready for more, or its summary of every case it read. */
export type ReportReply = { kind: "more" } | { kind: "summary"; summary: Summary };
