/**
 * A stand-in worker: "drafts" a one-line order.txt for each case, after a short
 * delay (a long one for cases named *slow*), and dies (as a worker out of
 * memory would) on any case named *crash*.
 */
export const FAKE_WORKER = `
const { parentPort } = require("node:worker_threads");
const { createHash } = require("node:crypto");
const { basename } = require("node:path");
parentPort.on("message", (task) => {
  const name = basename(task.path, ".yaml");
  if (name.includes("crash")) return void setTimeout(() => process.exit(1), 60);
  const bytes = new Uint8Array(Buffer.from("order for " + name + "\\n"));
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  setTimeout(() => parentPort.postMessage({ id: task.id, kind: "drafted", inputSha256: "0".repeat(64), reference: name, diagnostics: [], files: [{ fileName: "order.txt", bytes, sha256 }], conflicts: [], confidentialWarnings: [] }), name.includes("slow") ? 200 : 20);
});
`;
