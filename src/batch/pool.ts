import { Worker } from "node:worker_threads";
import { builtScript } from "../paths";
import { buffersOf, type CaseResult, type CaseTask, type DraftOutcome, type PackTask, type WorkerRole } from "./protocol";

/**
 * Cases a worker holds at once: one in hand and a few waiting, so it never
 * idles while the batch's thread is busy writing (2 left each worker ~20% idle;
 * 4 took a 1,000-case batch from 4.11 to 3.44 s, interleaved runs).
 */
const PER_WORKER = 4;
/**
 * Heap limits per worker. Drafting makes much short-lived garbage, and V8's
 * defaults let each worker's nursery grow to tens of MB and its old generation
 * to several times what is live before collecting. A small nursery and a cap on
 * the old generation (live data is ~30-50 MB) keep memory flat for the same CPU
 * time: peak RSS of a 10,000-case batch went from 275-413 MB to ~260 MB
 * (bench/README.md). A case that somehow needs more makes its
 * worker stop with "out of memory": that case fails, and the batch goes on.
 */
/**
 * Drafted cases that may wait on the batch's thread for a packing worker before
 * no more are sent to be drafted. Each holds its document trees as objects on
 * that thread's heap; left to the batch's window, ~20 waited when packing
 * was the slower half, long enough for V8 to promote them to the old space,
 * which grew with them to its first full collection and set the batch's peak
 * (bench/README.md). Packing is the slower half then, so a drafting worker
 * that waits costs no time.
 */
const MAX_WAITING = PER_WORKER;
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 192 };

export interface PoolEvents {
  result(result: CaseResult): void;
  /**
   * A worker died (a bug or out of memory): the cases it held will not come
   * back from it. `alone`: it held that one case alone (sent with send(task, true)),
   * so that case is what killed it.
   */
  lost(tasks: CaseTask[], reason: string, alone: boolean): void;
}

interface Slot {
  worker: Worker;
  role: WorkerRole;
  /**
   * The ids of the cases it holds. Ids only: a case's message, once posted, is
   * the worker's copy, and keeping ours (a drafted case's document trees) would
   * have V8 promote it to the batch thread's old space as lasting garbage.
   */
  held: Set<number>;
  /** It holds one case sent alone, and takes nothing else until that is done. */
  alone: boolean;
}

/**
 * A fixed set of worker threads, each loading the pipeline once and handling
 * many cases. With one worker, it drafts cases whole. With more, half draft
 * (check and render) and half pack (lay out DOCX): each V8 isolate compiles
 * only the code of its half, which halves the compiling a short batch pays for,
 * and a case goes from a drafting worker to a packing one through this pool,
 * so the batch sees one result per case either way. A worker that dies is
 * replaced (a few times at most), and the cases it held are reported, so one
 * bad case cannot stall the batch.
 */
export class WorkerPool {
  private readonly slots = new Set<Slot>();
  /** Every case between send() and its result, as sent: what a lost worker's cases are retried from. */
  private readonly cases = new Map<number, CaseTask>();
  /**
   * Drafted cases waiting for a packing worker. A packing worker holds at most
   * PER_WORKER cases, like a drafting one, so a packing worker that dies takes
   * few cases with it. At most MAX_WAITING wait here (hasRoom), so drafted cases
   * do not pile up on the batch's thread when packing is the slower half.
   */
  private readonly waiting: PackTask[] = [];
  /** Cases sent alone, until their result. */
  private readonly alone = new Set<number>();
  private restartsLeft: number;
  private closing = false;

  /** Where results go; set by listen(), so the workers can start loading before the work is known. */
  private events: PoolEvents = { result: () => undefined, lost: () => undefined };

  constructor(
    private readonly size: number,
    private readonly script: string = builtScript("batch/worker.js"),
  ) {
    this.restartsLeft = size * 2;
    if (size <= 1) this.spawn("whole");
    else {
      for (let i = 0; i < Math.ceil(size / 2); i++) this.spawn("draft");
      for (let i = 0; i < Math.floor(size / 2); i++) this.spawn("pack");
    }
  }

  listen(events: PoolEvents): void {
    this.events = events;
  }

  /** Stops the workers of each role beyond the first n (when there are fewer cases than workers). */
  shrinkTo(n: number): void {
    for (const role of ["whole", "draft", "pack"] as const) {
      for (const slot of this.ofRole(role).slice(Math.max(1, n))) {
        if (slot.held.size > 0) continue;
        this.slots.delete(slot);
        void slot.worker.terminate();
      }
    }
  }

  /** True when some drafting worker can take another case (`alone`: a case to itself). */
  hasRoom(alone = false): boolean {
    if (this.waiting.length >= MAX_WAITING) return false;
    return this.roomFor(this.starters(), alone) !== undefined;
  }

  /**
   * Gives the case to the least busy drafting worker with room; call only when
   * hasRoom(alone). A case sent alone goes to an idle worker, which takes
   * nothing else until it is done, through packing too: if the worker dies, the
   * case is known to be what killed it.
   */
  send(task: CaseTask, alone = false): void {
    const slot = this.roomFor(this.starters(), alone);
    if (slot === undefined) throw new Error("the batch has no worker with room");
    this.cases.set(task.id, task);
    if (alone) this.alone.add(task.id);
    this.hand(slot, task, alone);
  }

  /** Stops every worker; tasks in flight are dropped (workers write nothing, so nothing is left half-done). */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.slots].map((slot) => slot.worker.terminate()));
    this.slots.clear();
  }

  /** Workers able to see a case through: none when every worker of a role a case needs has gone. */
  get alive(): number {
    const drafting = this.ofRole("draft").length > 0;
    return drafting && this.ofRole("pack").length === 0 ? 0 : this.starters().length;
  }

  private ofRole(role: WorkerRole): Slot[] {
    return [...this.slots].filter((slot) => slot.role === role);
  }

  /** The workers a case starts with. */
  private starters(): Slot[] {
    return [...this.slots].filter((slot) => slot.role !== "pack");
  }

  /** The least busy of `slots` that can take a case: an idle one for a case alone. */
  private roomFor(slots: Slot[], alone: boolean): Slot | undefined {
    let best: Slot | undefined;
    for (const slot of slots) {
      if (slot.alone || slot.held.size >= (alone ? 1 : PER_WORKER)) continue;
      if (best === undefined || slot.held.size < best.held.size) best = slot;
    }
    return best;
  }

  private hand(slot: Slot, message: CaseTask | PackTask, alone: boolean): void {
    slot.held.add(message.id);
    slot.alone = alone;
    slot.worker.postMessage(message, "kind" in message ? buffersOf(message) : []);
  }

  private onOutcome(slot: Slot, outcome: DraftOutcome): void {
    slot.held.delete(outcome.id);
    slot.alone = false;
    // Workers that do work are healthy: only deaths in a row (a worker that cannot start) use up restarts.
    this.restartsLeft = this.size * 2;
    if (outcome.kind !== "pack") {
      this.cases.delete(outcome.id);
      this.alone.delete(outcome.id);
      if (slot.role === "pack") this.dispatchPacks();
      this.events.result(outcome);
      return;
    }
    this.waiting.push(outcome);
    this.dispatchPacks();
  }

  /** Hands waiting cases to packing workers with room, in order. */
  private dispatchPacks(): void {
    while (this.waiting.length > 0) {
      const alone = this.alone.has(this.waiting[0].id);
      const packer = this.roomFor(this.ofRole("pack"), alone);
      if (packer === undefined) return;
      this.hand(packer, this.waiting.shift()!, alone);
    }
  }

  private spawn(role: WorkerRole): void {
    const worker = new Worker(this.script, { resourceLimits: WORKER_LIMITS, workerData: { role } });
    const slot: Slot = { worker, role, held: new Set(), alone: false };
    this.slots.add(slot);
    let failure = "it stopped";
    worker.on("message", (outcome: DraftOutcome) => this.onOutcome(slot, outcome));
    worker.on("error", (error) => {
      failure = error.message.split("\n")[0];
    });
    worker.on("exit", () => {
      if (!this.slots.delete(slot) || this.closing) return;
      const lost = [...slot.held].flatMap((id) => {
        const task = this.cases.get(id);
        this.cases.delete(id);
        this.alone.delete(id);
        return task ? [task] : [];
      });
      slot.held.clear();
      if (this.restartsLeft-- > 0) this.spawn(role);
      this.dispatchPacks();
      this.events.lost(lost, failure, slot.alone);
    });
  }
}
