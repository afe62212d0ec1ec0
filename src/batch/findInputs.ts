/**
 * The inputs of a batch, found on a thread of their own (discoverWorker.ts) so
 * that the garbage of listing many files never sits on the batch's thread.
 */
import { Worker } from "node:worker_threads";
import { InputError } from "../load/errors";
import { builtScript } from "../paths";
import { InputList, type InputListParts } from "./inputList";
import type { Shard } from "./shard";

export interface FindRequest {
  args: string[];
  cwd: string;
  shard?: Shard;
}

export type FindReply = ({ kind: "found" } & InputListParts) | { kind: "input-error"; filePath: string; message: string } | { kind: "error"; message: string };

/**
 * The finding thread's young generation. Left to V8's default (48 MB), listing
 * 100,000 files took the process from 41 to 132 MB at its peak, early in the
 * batch, when its peak was set; with 8 MB, 111 MB, in less time (bench/README.md).
 * Its old generation is left unbounded: what it keeps grows with the inputs.
 */
const FINDER_LIMITS = { maxYoungGenerationSizeMb: 8 };

export function findInputs(request: FindRequest): Promise<InputList> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(builtScript("batch/discoverWorker.js"), { workerData: request, resourceLimits: FINDER_LIMITS });
    let replied = false;
    worker.once("message", (reply: FindReply) => {
      replied = true;
      if (reply.kind === "found") resolve(InputList.fromParts(reply));
      else reject(reply.kind === "input-error" ? new InputError(reply.filePath, reply.message) : new Error(reply.message));
      void worker.terminate();
    });
    worker.once("error", (error) => {
      replied = true;
      reject(error);
    });
    worker.once("exit", (code) => {
      if (!replied) reject(new Error(`the thread finding the inputs stopped (exit ${code}) before it replied`));
    });
  });
}
