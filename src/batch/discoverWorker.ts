/**
 * A short-lived thread that finds a batch's inputs (discover.ts, then its
 * shard) and sends them back as one compact InputList. Listing 100,000 files
 * makes ~45 MB of garbage (the glob's own strings, every path in two forms, a
 * map of them, sorted copies); on the thread running the batch V8 kept it, and the
 * pages under it, well into the run, where it added to the peak. It goes with
 * this thread's heap when the thread ends.
 */
import { parentPort, workerData } from "node:worker_threads";
import { InputError } from "../load/errors";
import { discoverInputs } from "./discover";
import type { FindReply, FindRequest } from "./findInputs";
import { InputList } from "./inputList";
import { selectShard } from "./shard";

const port = parentPort;
if (port === null) throw new Error("the input finder runs only as a worker thread");
const { args, cwd, shard } = workerData as FindRequest;

try {
  const parts = InputList.of(selectShard(discoverInputs(args, cwd), shard)).parts;
  port.postMessage({ kind: "found", ...parts } satisfies FindReply, [parts.ends.buffer as ArrayBuffer]);
} catch (error) {
  const reply: FindReply =
    error instanceof InputError ? { kind: "input-error", filePath: error.filePath, message: error.message } : { kind: "error", message: error instanceof Error ? error.message : String(error) };
  port.postMessage(reply);
}
