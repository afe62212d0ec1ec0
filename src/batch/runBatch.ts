/**
 * `ancillary batch`: drafts many cases on every core, one folder per case, and
 * keeps manifest.jsonl true to what is on disk throughout.
 *
 * Workers read, check and draft (see pool.ts for how they share the work); this thread (the batch's own: runBatchOnThread.ts) names folders and writes,
 * strictly in input order, so the same inputs always give the same folders and
 * the same manifest. Memory stays bounded: at most WINDOW cases are between
 * "sent to a worker" and "recorded", whatever the size of the batch.
 */
import { existsSync, promises as fs, rmSync } from "node:fs";
import { join } from "node:path";
import { availableParallelism, constants as osConstants } from "node:os";
import type { Diagnostic, Severity } from "../diagnostics/types";
import { openOutFolder, type OutFolder } from "../files/outFolder";
import { makeStagingFolder, writeOutputs } from "../files/writeOutputs";
import { InputError } from "../load/errors";
import { shownPath } from "./discover";
import { currentDrafter, staleBecause, type Drafter, type StaleReason } from "./drafter";
import { FolderNames } from "./folderNames";
import { foreignFiles } from "./foreignFiles";
import { findInputs } from "./findInputs";
import type { InputList } from "./inputList";
import { defaultJobs } from "./jobs";
import { inputPath, manifestDiagnostic, recordedInput, MANIFEST_NAME, MANIFEST_VERSION, type CaseStatus, type ManifestCase, type ManifestOutput } from "./manifest";
import { ManifestWriter } from "./manifestWriter";
import { readManifest } from "./readManifest";
import { WorkerPool } from "./pool";
import type { CaseResult, CaseTask, DraftedFile, FailureKind } from "./protocol";
import { formatShard, type Shard } from "./shard";
import { sha256 } from "./sha256";

export interface BatchOptions {
  /** Folders, files and globs, as given on the command line. */
  args: string[];
  out: string;
  /** Worker threads; when absent, chosen from the number of cases (jobs.ts). */
  jobs?: number;
  force: boolean;
  resume: boolean;
  shard?: Shard;
  maxBytes: number;
  /** Also write the documents orders keep confidential (a restraining order's schedule naming whom it protects). */
  confidentialSchedule?: boolean;
  cwd?: string;
  /** Aborting stops the batch cleanly; a string reason (a signal name) is recorded in the manifest. */
  stop?: AbortSignal;
  /** Called once the inputs are known. */
  onStart?(total: number): void;
  /** Called after each case is recorded. */
  onCase?(progress: BatchCounts): void;
  /** The worker script (tests use a stand-in); the built dist/batch/worker.js by default. */
  workerScript?: string;
}

export interface BatchCounts {
  total: number;
  done: number;
  drafted: number;
  failed: number;
  skipped: number;
}

/** What a case of this run has to say: its findings (errors, warnings, notes) and why it failed, if it did. */
export interface CaseReport {
  /** The case file, as messages print it: relative to the working folder, any part naming a complainant withheld. */
  input: string;
  status: CaseStatus;
  /** Why it failed. case: its content (exit 1); input, write, internal: not the case's fault (exit 2). Null when drafted. */
  kind: FailureKind | "write" | null;
  error: string | null;
  diagnostics: Diagnostic[];
}

export interface BatchOutcome extends BatchCounts {
  /** Cases never finished because the batch was stopped. */
  notRun: number;
  seconds: number;
  manifestPath: string;
  /** The first MAX_LISTED cases of this run with findings or a failure, in input order (the manifest has them all). */
  reports: CaseReport[];
  /** Cases with findings or a failure beyond those in reports. */
  unlisted: number;
  /** Every finding of the cases drafted or failed in this run, by severity. */
  findings: Record<Severity, number>;
  /** Cases of this run that failed with a message of their own (an unreadable file, a refused write). */
  failureMessages: number;
  /** Cases redrafted on --resume because their documents came from another build, or --confidential-schedule was given or dropped. */
  redrafted: { otherVersion: number; templatesOrLaw: number; confidentialSchedule: number };
  /** Cases of this run whose folder got a confidential document, and the warning of each order that wrote one. */
  confidential: { cases: number; warnings: string[] };
  /** The signal (or reason) that stopped the batch early. */
  interrupted: string | null;
  exitCode: number;
}

const TOOL: { name: string; version: string } = (() => {
  const pkg = require("../../package.json") as { name: string; version: string };
  return { name: pkg.name, version: pkg.version };
})();
/** Case reports kept for the summary; the manifest has them all. */
const MAX_LISTED = 1000;
/** Cases written at once: enough to keep the disk busy, few enough to keep memory flat. */
const MAX_WRITES = 8;

export async function runBatch(options: BatchOptions): Promise<BatchOutcome> {
  const started = performance.now();
  // More threads than cores only take turns; the pool shrinks to the number of cases once they are known.
  const asked = options.jobs === undefined ? undefined : Math.max(1, Math.min(options.jobs, availableParallelism()));
  // Asked for a number, the workers load the pipeline (a few hundred ms each) while this thread finds the inputs;
  // otherwise the number depends on how many there are.
  let pool = asked === undefined ? undefined : new WorkerPool(asked, options.workerScript);
  let run: BatchRun;
  let folder: OutFolder | undefined;
  try {
    const cwd = options.cwd ?? process.cwd();
    const inputs = await findInputs({ args: options.args, cwd, shard: options.shard });
    const jobs = asked ?? defaultJobs(inputs.length);
    pool ??= new WorkerPool(jobs, options.workerScript);
    pool.shrinkTo(inputs.length);
    folder = openOutFolder(options.out, "batch", cwd);
    const earlier = await readManifest(folder.dir, cwd);
    if (earlier && !options.resume && !options.force) {
      throw new InputError(
        options.out,
        `already holds ${earlier.fileName} from an earlier batch: use --resume to carry on (unchanged cases are skipped), ` +
          "--force to draft every case again, replacing its documents, or choose another --out folder",
      );
    }
    run = new BatchRun(options, folder.dir, cwd, inputs, options.resume ? (earlier?.cases ?? []) : [], pool, jobs);
  } catch (error) {
    await pool?.close();
    folder?.close();
    throw error;
  }
  try {
    await run.start();
    await run.finished;
    return await run.finish(performance.now() - started);
  } finally {
    run.removeStaging();
    folder.close();
  }
}

class BatchRun {
  readonly finished: Promise<void>;
  private resolveFinished!: () => void;
  private readonly manifest: ManifestWriter;
  private readonly earlier = new Map<string, ManifestCase>();
  private readonly names = new FolderNames();
  private readonly window: number;
  private next = 0;
  private commitAt = 0;
  private writes = 0;
  private readonly ready = new Map<number, CaseResult>();
  /** Tasks a dying worker held, to be tried once more on another worker. */
  private readonly retry: CaseTask[] = [];
  private readonly retried = new Set<number>();
  private readonly counts: BatchCounts;
  private readonly reports: CaseReport[] = [];
  private unlisted = 0;
  private readonly findings: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  private failureMessages = 0;
  private readonly drafter: Drafter;
  /** Cases whose earlier documents came from another build (or another choice of confidential documents), by id, with why. */
  private readonly stale = new Map<number, StaleReason>();
  private readonly redrafted = { otherVersion: 0, templatesOrLaw: 0, confidentialSchedule: 0 };
  private readonly confidential = { cases: 0, warnings: new Set<string>() };
  /** Where documents are written before they take their names (see writeOutputs); one for the run. */
  private readonly staging: string;
  private caseFailures = 0;
  private otherFailures = 0;
  private stopping: string | null = null;
  private fatal: unknown;
  private settled = false;
  private readonly onAbort = () => this.stop(String(this.options.stop?.reason ?? "stopped"));

  constructor(
    private readonly options: BatchOptions,
    private readonly outDir: string,
    private readonly cwd: string,
    private readonly inputs: InputList,
    carried: ManifestCase[],
    private readonly pool: WorkerPool,
    jobs: number,
  ) {
    this.finished = new Promise((resolveFinished) => (this.resolveFinished = resolveFinished));
    this.drafter = currentDrafter({ confidentialSchedule: options.confidentialSchedule ?? false });
    this.window = Math.max(32, jobs * 8);
    this.counts = { total: inputs.length, done: 0, drafted: 0, failed: 0, skipped: 0 };
    // Earlier records by the input's absolute path, so a run from another folder finds them; a withheld input is no path.
    for (const record of carried) {
      if (!record.withheld) this.earlier.set(inputPath(outDir, record.input), record);
      if (record.folder !== null) this.names.reserve(record.folder);
    }
    // Records of documents from cases outside this run stay: the documents are still in --out.
    const inRun = new Set<string>();
    if (carried.length > 0) for (let i = 0; i < inputs.length; i++) inRun.add(inputs.path(i));
    const others = carried.filter((record) => (record.withheld || !inRun.has(inputPath(outDir, record.input))) && record.outputs.length > 0);
    this.manifest = new ManifestWriter(
      outDir,
      {
        version: MANIFEST_VERSION,
        tool: TOOL,
        drafter: this.drafter,
        startedAt: new Date().toISOString(),
        shard: options.shard ? formatShard(options.shard) : null,
        options: { resume: options.resume, force: options.force, confidentialSchedule: this.drafter.confidentialSchedule },
      },
      inputs.length,
      others.length,
    );
    // Until a case is redone, what the earlier run recorded for it stands: its documents are still on disk.
    if (this.earlier.size > 0) {
      for (let slot = 0; slot < inputs.length; slot++) {
        const record = this.earlier.get(inputs.path(slot));
        if (record) this.manifest.seed(slot, record);
      }
    }
    this.staging = makeStagingFolder(outDir, options.out);
    others.forEach((record, k) => this.manifest.seed(inputs.length + k, record));
  }

  async start(): Promise<void> {
    this.manifest.open();
    this.options.onStart?.(this.inputs.length);
    if (this.options.stop?.aborted) return this.stop(String(this.options.stop.reason));
    this.options.stop?.addEventListener("abort", this.onAbort, { once: true });
    this.pool.listen({
      result: (result) => this.onResult(result),
      lost: (tasks, reason, alone) => {
        // A worker that dies holding several cases cannot say which killed it: each is tried
        // again alone, and a case fails only when a worker dies drafting it alone.
        for (const task of tasks) {
          if (alone && this.retried.has(task.id)) {
            this.onResult({ id: task.id, kind: "failed", failure: "internal", inputSha256: null, diagnostics: [], error: `internal error (the worker drafting it stopped: ${reason})` });
          } else {
            this.retried.add(task.id);
            this.retry.push(task);
          }
        }
        this.pump();
      },
    });
    this.pump();
    this.settleIfDone();
  }

  async finish(elapsedMs: number): Promise<BatchOutcome> {
    this.options.stop?.removeEventListener("abort", this.onAbort);
    await this.pool.close();
    const complete = this.counts.done === this.counts.total && this.fatal === undefined;
    try {
      this.manifest.close(complete, this.stopping);
    } catch (error) {
      this.fatal ??= error;
    }
    if (this.fatal !== undefined) throw this.fatal;
    const interrupted = this.stopping;
    const exitCode = interrupted ? 128 + (osConstants.signals[interrupted as NodeJS.Signals] ?? 2) : this.otherFailures > 0 ? 2 : this.caseFailures > 0 ? 1 : 0;
    return {
      ...this.counts,
      notRun: this.counts.total - this.counts.done,
      seconds: elapsedMs / 1000,
      manifestPath: join(this.outDir, MANIFEST_NAME),
      reports: this.reports,
      unlisted: this.unlisted,
      findings: this.findings,
      failureMessages: this.failureMessages,
      redrafted: this.redrafted,
      confidential: { cases: this.confidential.cases, warnings: [...this.confidential.warnings] },
      interrupted,
      exitCode,
    };
  }

  /** The run's staging folder goes with it (a killed run's is removed by the next). */
  removeStaging(): void {
    rmSync(this.staging, { recursive: true, force: true });
  }

  /** Hands out work while the window and the workers have room. */
  private pump(): void {
    if (this.stopping !== null || this.fatal !== undefined) return;
    if (this.pool.alive === 0 && this.counts.done < this.inputs.length) {
      this.fail(new Error("every batch worker has stopped (see the failed cases' errors)"));
      return;
    }
    while (this.retry.length > 0 && this.pool.hasRoom(true)) this.pool.send(this.retry.shift()!, true);
    // Cases to retry wait for an idle worker: send nothing new until they have one.
    if (this.retry.length > 0) return;
    while (this.next < this.inputs.length && this.next - this.counts.done < this.window && this.pool.hasRoom()) {
      this.pool.send(this.task(this.next++));
    }
  }

  private task(id: number): CaseTask {
    const path = this.inputs.path(id);
    const record = this.earlier.get(path);
    const task: CaseTask = {
      id,
      path,
      shownAs: [shownPath(this.cwd, path), recordedInput(this.outDir, path)],
      maxBytes: this.options.maxBytes,
      confidentialSchedule: this.drafter.confidentialSchedule,
    };
    if (record?.folder != null) {
      // Documents from another build are redrafted even when the input is unchanged: a batch is one build's work.
      const stale = record.status === "failed" ? undefined : staleBecause(record.drafter, this.drafter);
      if (stale) this.stale.set(id, stale);
      task.previous = {
        folder: join(this.outDir, record.folder),
        inputSha256: record.inputSha256,
        drafted: record.status !== "failed" && stale === undefined,
        outputs: record.outputs.map((o) => ({ fileName: o.path.slice(record.folder!.length + 1), sha256: o.sha256 })),
      };
    }
    return task;
  }

  private onResult(result: CaseResult): void {
    if (this.stopping !== null || this.fatal !== undefined) return;
    this.ready.set(result.id, result);
    this.commit();
    this.pump();
  }

  /** Records and writes finished cases in input order. */
  private commit(): void {
    while (this.stopping === null && this.fatal === undefined && this.writes < MAX_WRITES && this.ready.has(this.commitAt)) {
      const id = this.commitAt++;
      const result = this.ready.get(id)!;
      this.ready.delete(id);
      this.settle(id, result);
    }
    this.settleIfDone();
  }

  private settle(id: number, result: CaseResult): void {
    const path = this.inputs.path(id);
    const input = { shown: shownPath(this.cwd, path), recorded: recordedInput(this.outDir, path) };
    const earlier = this.earlier.get(path);
    if (result.kind === "unchanged") {
      this.record(id, { ...earlier!, inputSha256: result.inputSha256, status: "skipped" });
      return;
    }
    if (result.kind === "failed") {
      const [shown, recorded] = result.withheld ?? [input.shown, input.recorded];
      const record: ManifestCase = {
        input: recorded,
        withheld: result.withheld !== undefined,
        inputSha256: result.inputSha256,
        status: "failed",
        folder: null,
        outputs: [],
        diagnostics: result.diagnostics.map(manifestDiagnostic),
        error: result.error,
        drafter: null,
      };
      this.record(id, record, { input: shown, status: "failed", kind: result.failure, error: result.error, diagnostics: result.diagnostics });
      return;
    }
    const folder = earlier?.folder ?? this.names.claim(result.reference);
    // A folder no record names may hold what a killed run wrote before recording it: checked as a recorded one is.
    const conflicts = earlier?.folder != null ? result.conflicts : unrecordedConflicts(join(this.outDir, folder), result.files);
    const base = { input: input.recorded, inputSha256: result.inputSha256, folder, diagnostics: result.diagnostics.map(manifestDiagnostic) };
    const failWrite = (error: string, outputs: ManifestOutput[]) =>
      this.record(id, { ...base, status: "failed", outputs, error, drafter: earlier?.drafter ?? null }, { input: input.shown, status: "failed", kind: "write", error, diagnostics: result.diagnostics });
    if (conflicts.length > 0 && !this.options.force) {
      const untouched = (earlier?.outputs ?? []).filter((o) => !conflicts.includes(o.path.slice(folder.length + 1)));
      failWrite(`${folder}: already holds ${conflicts.join(", ")}, which this batch did not write or which changed since: nothing was written; use --force to replace`, untouched);
      return;
    }
    this.writes++;
    // The worker has checked that whatever the earlier run left in its folder is exactly what it recorded.
    const replace = this.options.force || earlier?.folder != null;
    const files = result.files.map((file) => ({ fileName: file.fileName, bytes: file.bytes }));
    // Files already holding exactly these bytes are kept as they are.
    writeOutputs(join(this.outDir, folder), files, { force: replace, within: this.outDir, durable: false, staging: this.staging, keepIdentical: true })
      // What the earlier run wrote that this draft no longer has (a confidential schedule no longer asked for, the documents
      // of an order no longer applied for) goes, so the folder holds this draft's set and nothing the manifest does not vouch for.
      .then(() => retireOutputs(this.outDir, folder, earlier?.outputs ?? [], result.files))
      .then(
        () => {
          const stale = this.stale.get(id);
          if (stale === "version") this.redrafted.otherVersion++;
          else if (stale === "templates-or-law") this.redrafted.templatesOrLaw++;
          else if (stale === "confidential-schedule") this.redrafted.confidentialSchedule++;
          if (result.confidentialWarnings.length > 0) {
            this.confidential.cases++;
            for (const warning of result.confidentialWarnings) this.confidential.warnings.add(warning);
          }
          this.record(id, { ...base, status: "drafted", outputs: outputsOf(folder, result.files), error: null, drafter: this.drafter }, { input: input.shown, status: "drafted", kind: null, error: null, diagnostics: result.diagnostics });
        },
        async (error: unknown) => {
          const why = error instanceof Error ? error.message : String(error);
          // The set is written whole or not at all: what the earlier run recorded is still there, as it was.
          failWrite(`${folder}: ${why}`, await stillIntact(this.outDir, earlier?.outputs ?? []));
        },
      )
      .catch((error: unknown) => this.fail(error))
      .finally(() => {
        this.writes--;
        this.commit();
        this.pump();
      });
  }

  private record(id: number, record: ManifestCase, report?: CaseReport): void {
    this.manifest.add(id, record);
    this.counts.done++;
    this.counts[record.status]++;
    if (report) {
      if (report.kind === "case") this.caseFailures++;
      else if (report.kind !== null) this.otherFailures++;
      for (const d of report.diagnostics) this.findings[d.severity]++;
      if (report.error !== null) this.failureMessages++;
      if (report.diagnostics.length > 0 || report.error !== null) {
        if (this.reports.length < MAX_LISTED) this.reports.push(report);
        else this.unlisted++;
      }
    }
    this.options.onCase?.({ ...this.counts });
    if (this.manifest.error !== undefined) this.fail(this.manifest.error);
  }

  /** Stops handing out work; writes under way finish and are recorded, the rest is dropped. */
  private stop(reason: string): void {
    if (this.stopping !== null) return;
    this.stopping = reason;
    this.halt();
  }

  private fail(error: unknown): void {
    if (this.fatal !== undefined) return;
    this.fatal = error;
    this.halt();
  }

  private halt(): void {
    this.ready.clear();
    // Workers write nothing, so stopping them mid-case leaves nothing behind.
    void this.pool.close();
    this.settleIfDone();
  }

  private settleIfDone(): void {
    if (this.settled || this.writes > 0) return;
    if (this.stopping !== null || this.fatal !== undefined || this.counts.done === this.counts.total) {
      this.settled = true;
      this.resolveFinished();
    }
  }
}

function outputsOf(folder: string, files: DraftedFile[]): ManifestOutput[] {
  return files.map((file) => ({ path: `${folder}/${file.fileName}`, sha256: file.sha256, bytes: file.bytes.length }));
}

/**
 * Removes the earlier run's outputs of a case that its new draft does not
 * include, each only if it is still a plain file holding exactly the bytes the
 * manifest recorded (a file someone changed is left alone, unrecorded).
 */
async function retireOutputs(outDir: string, folder: string, earlier: ReadonlyArray<ManifestOutput>, files: ReadonlyArray<DraftedFile>): Promise<void> {
  const kept = new Set(files.map((file) => file.fileName));
  for (const output of earlier) {
    const fileName = output.path.slice(folder.length + 1);
    // A record read back from disk names a file directly in the case's folder, or nothing is removed.
    if (!output.path.startsWith(`${folder}/`) || kept.has(fileName) || !isPlainFileName(fileName)) continue;
    const path = join(outDir, folder, fileName);
    const stat = await fs.lstat(path).catch(() => undefined);
    if (!stat?.isFile()) continue;
    const bytes = await fs.readFile(path).catch(() => undefined);
    if (bytes !== undefined && sha256(bytes) === output.sha256) await fs.unlink(path).catch(() => undefined);
  }
}

function isPlainFileName(name: string): boolean {
  return name !== "" && name !== "." && name !== ".." && !/[/\\\0]/.test(name);
}

/** The files in a folder no record names that hold something other than what is about to be written. */
function unrecordedConflicts(folder: string, files: DraftedFile[]): string[] {
  return existsSync(folder) ? foreignFiles(folder, [], files) : [];
}

/** Of the outputs an earlier run recorded, those still on disk with the bytes it wrote. */
async function stillIntact(outDir: string, outputs: ManifestOutput[]): Promise<ManifestOutput[]> {
  const intact: ManifestOutput[] = [];
  for (const output of outputs) {
    const bytes = await fs.readFile(join(outDir, output.path)).catch(() => undefined);
    if (bytes !== undefined && sha256(bytes) === output.sha256) intact.push(output);
  }
  return intact;
}
