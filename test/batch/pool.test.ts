import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WorkerPool } from "../../src/batch/pool";

/**
 * Stand-in workers: a drafting worker hands each case on at once; the packing
 * worker never finishes one, as a packing half far slower than drafting would look.
 */
const STUCK_PACKER = `
const { parentPort, workerData } = require("node:worker_threads");
parentPort.on("message", (message) => {
  if (workerData.role !== "draft") return;
  parentPort.postMessage({ id: message.id, kind: "pack", inputSha256: "0".repeat(64), reference: "r" + message.id, diagnostics: [], documents: [], confidentialWarnings: [] });
});
`;

describe("WorkerPool", () => {
  let dir: string;
  let pool: WorkerPool | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "ancillary-pool-"));
    writeFileSync(join(dir, "worker.js"), STUCK_PACKER);
  });
  afterEach(async () => {
    await pool?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("stops taking cases to draft while drafted cases wait for a busy packing worker", async () => {
    pool = new WorkerPool(2, join(dir, "worker.js"));
    pool.listen({ result: () => undefined, lost: () => undefined });
    let sent = 0;
    // Offer far more cases than the pool should take, giving the drafting worker time to hand each batch on.
    for (let round = 0; round < 20; round++) {
      while (sent < 100 && pool.hasRoom()) pool.send({ id: sent++, path: `/cases/${sent}.yaml`, shownAs: [], maxBytes: 1024, confidentialSchedule: false });
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    // Four in the packing worker, at most four waiting for it, at most four more in the drafting worker.
    expect(sent).toBeGreaterThanOrEqual(8);
    expect(sent).toBeLessThanOrEqual(12);
    expect(pool.hasRoom()).toBe(false);
  });
});
