import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { packageRoot } from "../paths";
import type { CaseResult, CaseTask } from "./protocol";

/** Tasks a worker holds at once: one drafting, one waiting, so it never idles on the round trip. */
const PER_WORKER = 2;

export interface PoolEvents {
  result(result: CaseResult): void;
  /** A worker died (a bug or out of memory): the tasks it held will not come back. */
  lost(tasks: CaseTask[], reason: string): void;
}

interface Slot {
  worker: Worker;
  tasks: Map<number, CaseTask>;
}

/**
 * A fixed set of worker threads, each loading the pipeline once and drafting
 * many cases. A worker that dies is replaced (a few times at most), and the
 * tasks it held are reported, so one bad case cannot stall the batch.
 */
export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private restartsLeft: number;
  private closing = false;

  constructor(
    size: number,
    private readonly events: PoolEvents,
    private readonly script: string = workerScript(),
  ) {
    this.restartsLeft = size * 2;
    for (let i = 0; i < size; i++) this.spawn();
  }

  /** True when some worker can take another task. */
  hasRoom(): boolean {
    for (const slot of this.slots) if (slot.tasks.size < PER_WORKER) return true;
    return false;
  }

  /** Gives the task to the least busy worker; call only when hasRoom(). */
  send(task: CaseTask): void {
    let best: Slot | undefined;
    for (const slot of this.slots) if (best === undefined || slot.tasks.size < best.tasks.size) best = slot;
    if (best === undefined) throw new Error("the batch has no worker left");
    best.tasks.set(task.id, task);
    best.worker.postMessage(task);
  }

  /** Stops every worker; tasks in flight are dropped (workers write nothing, so nothing is left half-done). */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.slots].map((slot) => slot.worker.terminate()));
    this.slots.clear();
  }

  get alive(): number {
    return this.slots.size;
  }

  private spawn(): void {
    const worker = new Worker(this.script);
    const slot: Slot = { worker, tasks: new Map() };
    this.slots.add(slot);
    let failure = "it stopped";
    worker.on("message", (result: CaseResult) => {
      slot.tasks.delete(result.id);
      this.events.result(result);
    });
    worker.on("error", (error) => {
      failure = error.message.split("\n")[0];
    });
    worker.on("exit", () => {
      if (!this.slots.delete(slot) || this.closing) return;
      const lost = [...slot.tasks.values()];
      slot.tasks.clear();
      if (this.restartsLeft-- > 0) this.spawn();
      this.events.lost(lost, failure);
    });
  }
}

/** dist/batch/worker.js beside this file when built; from the sources (tests), the built copy. */
export function workerScript(): string {
  const beside = join(__dirname, "worker.js");
  if (existsSync(beside)) return beside;
  const built = join(packageRoot, "dist", "batch", "worker.js");
  if (existsSync(built)) return built;
  throw new Error("cannot find the batch worker (dist/batch/worker.js): run `npm run build` first");
}
