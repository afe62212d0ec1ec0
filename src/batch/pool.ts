import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { packageRoot } from "../paths";
import type { CaseResult, CaseTask } from "./protocol";

/** Tasks a worker holds at once: one drafting, one waiting, so it never idles on the round trip. */
const PER_WORKER = 2;
/**
 * Heap limits per worker. Drafting makes much short-lived garbage, and V8's
 * defaults let each worker's nursery grow to tens of MB and its old generation
 * to several times what is live before collecting. A small nursery and a cap on
 * the old generation (live data is ~30-50 MB) keep memory flat for the same CPU
 * time: peak RSS of a 10,000-case batch went from 275-413 MB to ~260 MB
 * (bench/README.md). A case that somehow needs more makes its
 * worker stop with "out of memory": that case fails, and the batch goes on.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 192 };

export interface PoolEvents {
  result(result: CaseResult): void;
  /** A worker died (a bug or out of memory): the tasks it held will not come back from it. */
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

  /** Where results go; set by listen(), so the workers can start loading before the work is known. */
  private events: PoolEvents = { result: () => undefined, lost: () => undefined };

  constructor(
    private readonly size: number,
    private readonly script: string = workerScript(),
  ) {
    this.restartsLeft = size * 2;
    for (let i = 0; i < size; i++) this.spawn();
  }

  listen(events: PoolEvents): void {
    this.events = events;
  }

  /** Stops the workers beyond the first n (when there are fewer cases than workers). */
  shrinkTo(n: number): void {
    for (const slot of [...this.slots].slice(Math.max(1, n))) {
      if (slot.tasks.size > 0) continue;
      this.slots.delete(slot);
      void slot.worker.terminate();
    }
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
    const worker = new Worker(this.script, { resourceLimits: WORKER_LIMITS });
    const slot: Slot = { worker, tasks: new Map() };
    this.slots.add(slot);
    let failure = "it stopped";
    worker.on("message", (result: CaseResult) => {
      slot.tasks.delete(result.id);
      // Workers that do work are healthy: only deaths in a row (a worker that cannot start) use up restarts.
      this.restartsLeft = this.size * 2;
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
