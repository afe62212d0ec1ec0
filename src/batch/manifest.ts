/**
 * manifest.json: the record of what a batch wrote, per case. It is rewritten
 * whole (temporary file, then rename) as cases finish, at most every
 * ~100 ms, so whenever the batch stops, however it stops, the file on disk is
 * valid JSON describing cases that were completely written.
 *
 * Per-case records hold no times and no names from the case: only paths, hashes,
 * statuses and the diagnostics (whose messages name no one). An input whose path
 * names a protected complainant is recorded with that part withheld.
 *
 * Inputs are recorded relative to the folder holding the manifest (--out), so
 * --resume finds the same files from whatever folder it is run in, and the
 * manifest holds no absolute path. Version 1 recorded them relative to the folder
 * the batch ran in; such a manifest is read from the folder --resume runs in.
 */
import { promises as fs } from "node:fs";
import { join, posix, relative, resolve, sep } from "node:path";
import { writeAtomically } from "../files/writeOutputs";
import { InputError } from "../load/errors";
import { isPlainFolderName } from "./folderNames";
import { toJsonMessage, type JsonMessage } from "../output/json";
import { printablePath } from "../output/printable";
import { isDrafter, type Drafter } from "./drafter";

export const MANIFEST_NAME = "manifest.json";
export const MANIFEST_VERSION = 2;
/** Versions --resume reads: 1 lacks drafters (its cases are redrafted) and records inputs from the working folder. */
const READABLE_VERSIONS = [1, 2];

export type CaseStatus = "drafted" | "failed" | "skipped";

export interface ManifestOutput {
  /** Relative to the --out folder, with `/`: "<folder>/<file>". */
  path: string;
  sha256: string;
  bytes: number;
}

/** A diagnostic in the manifest: the same shape as `validate --format json`. */
export type ManifestDiagnostic = JsonMessage;

export interface ManifestCase {
  /** The case file, relative to the --out folder, with `/`. */
  input: string;
  /** True when a part of the input's path is withheld (it names a protected complainant): not a path to resume from. */
  withheld?: boolean;
  /** SHA-256 of the case file's bytes; null when it could not be read. */
  inputSha256: string | null;
  status: CaseStatus;
  /** The case's folder under --out; null when nothing was written for it. */
  folder: string | null;
  outputs: ManifestOutput[];
  diagnostics: ManifestDiagnostic[];
  /** Why a case failed when it is not in its diagnostics (an unreadable file, a refused write). */
  error: string | null;
  /** The build that drafted its documents; null when none were (or an earlier version's record, which did not say). */
  drafter: Drafter | null;
}

export interface ManifestHeader {
  version: typeof MANIFEST_VERSION;
  tool: { name: string; version: string };
  /** The build that drafts in this run. */
  drafter: Drafter;
  startedAt: string;
  shard: string | null;
}

export interface Manifest extends ManifestHeader {
  /** True once every case of the run has finished; false while running or after an interruption. */
  complete: boolean;
  /** The signal that stopped the run, if one did. */
  interrupted: string | null;
  summary: Record<CaseStatus, number>;
  cases: ManifestCase[];
}

/** A record with its keys always in the same order, so manifests diff cleanly. */
export function caseRecord(fields: ManifestCase): ManifestCase {
  return {
    input: fields.input,
    ...(fields.withheld ? { withheld: true } : {}),
    inputSha256: fields.inputSha256,
    status: fields.status,
    folder: fields.folder,
    outputs: fields.outputs.map((o) => ({ path: o.path, sha256: o.sha256, bytes: o.bytes })),
    diagnostics: fields.diagnostics.map(manifestDiagnostic),
    error: fields.error,
    drafter: fields.drafter
      ? { version: fields.drafter.version, templates: fields.drafter.templates, law: fields.drafter.law, confidentialSchedule: fields.drafter.confidentialSchedule ?? false }
      : null,
  };
}

/** How a manifest records an input: its path relative to the --out folder, with `/`. */
export function recordedInput(outDir: string, absolutePath: string): string {
  return relative(outDir, absolutePath).split(sep).join("/");
}

/** The absolute path of a recorded input. */
export function inputPath(outDir: string, recorded: string): string {
  return resolve(outDir, recorded);
}

export const manifestDiagnostic = toJsonMessage;

/**
 * Holds one serialised record per slot (a slot per case, in input order) and
 * rewrites the manifest from them. Writing is throttled: at most one write at a
 * time, and no sooner than 100 ms (or ten times the last write's duration, for
 * very large batches) after the previous one.
 */
export class ManifestWriter {
  private readonly path: string;
  private readonly records: Array<Buffer | undefined>;
  private readonly statuses: Array<CaseStatus | undefined>;
  private chain: Promise<void> = Promise.resolve();
  private writing = false;
  private closed = false;
  private timer: NodeJS.Timeout | undefined;
  private dirty = false;
  private lastWrite = 0;
  private gap = 100;
  private failure: unknown;
  private scratch = Buffer.alloc(0);

  constructor(
    private readonly outDir: string,
    private readonly header: ManifestHeader,
    slots: number,
  ) {
    this.path = join(outDir, MANIFEST_NAME);
    this.records = new Array<Buffer | undefined>(slots);
    this.statuses = new Array<CaseStatus | undefined>(slots);
  }

  /** Fills a slot before the first write (records carried over from an earlier run). */
  seed(slot: number, record: ManifestCase): void {
    this.records[slot] = Buffer.from(JSON.stringify(caseRecord(record)), "utf8");
    this.statuses[slot] = record.status;
  }

  /** Fills or replaces a case's slot and schedules a rewrite. */
  set(slot: number, record: ManifestCase): void {
    this.records[slot] = Buffer.from(JSON.stringify(caseRecord(record)), "utf8");
    this.statuses[slot] = record.status;
    this.dirty = true;
    this.schedule();
  }

  /** Writes the manifest now (the first write, before any case). */
  async writeNow(): Promise<void> {
    await this.enqueue(false, null);
  }

  /** The last write, after any in progress: records the final state. Throws if any write failed. */
  async close(complete: boolean, interrupted: string | null): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.enqueue(complete, interrupted);
    if (this.failure !== undefined) throw this.failure;
  }

  /** Set when a background write failed: the batch must stop, its record can no longer be kept. */
  get error(): unknown {
    return this.failure;
  }

  /** Writes run one after another, so an older state never lands after a newer one. */
  private enqueue(complete: boolean, interrupted: string | null): Promise<void> {
    const run = this.chain.then(() => this.write(complete, interrupted));
    this.chain = run.catch(() => undefined);
    return run;
  }

  private schedule(): void {
    if (this.closed || this.timer !== undefined || this.writing || this.failure !== undefined) return;
    const wait = Math.max(0, this.lastWrite + this.gap - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.writing = true;
      this.enqueue(false, null)
        .catch((error: unknown) => {
          this.failure ??= error;
        })
        .finally(() => {
          this.writing = false;
          if (this.dirty) this.schedule();
        });
    }, wait);
  }

  private async write(complete: boolean, interrupted: string | null): Promise<void> {
    this.dirty = false;
    const started = Date.now();
    await writeAtomically(this.path, this.serialise(complete, interrupted), true, this.outDir);
    this.lastWrite = Date.now();
    // Rewriting a large manifest takes a while: keep that under a tenth of the run.
    this.gap = Math.max(100, 10 * (this.lastWrite - started));
  }

  /**
   * The whole file, copied from the records' bytes into one buffer that is reused
   * from write to write (writes never overlap): a large batch neither builds one
   * huge string nor leaves a dead multi-megabyte buffer behind at every write.
   */
  private serialise(complete: boolean, interrupted: string | null): Uint8Array {
    const summary: Record<CaseStatus, number> = { drafted: 0, failed: 0, skipped: 0 };
    for (const status of this.statuses) if (status !== undefined) summary[status]++;
    const head = {
      version: this.header.version,
      tool: this.header.tool,
      drafter: this.header.drafter,
      startedAt: this.header.startedAt,
      shard: this.header.shard,
      complete,
      interrupted,
      summary,
    };
    // One case per line: readable, greppable, and cheap to rebuild for thousands of cases.
    const parts: Uint8Array[] = [Buffer.from(`${JSON.stringify(head, null, 2).replace(/\n}$/, "")},\n  "cases": [`)];
    let first = true;
    for (const record of this.records) {
      if (record === undefined) continue;
      parts.push(first ? FIRST_CASE : NEXT_CASE, record);
      first = false;
    }
    parts.push(first ? END_EMPTY : END);
    let size = 0;
    for (const part of parts) size += part.length;
    if (this.scratch.length < size) this.scratch = Buffer.allocUnsafe(Math.max(size, this.scratch.length * 2));
    let at = 0;
    for (const part of parts) {
      this.scratch.set(part, at);
      at += part.length;
    }
    return this.scratch.subarray(0, size);
  }
}

const FIRST_CASE = Buffer.from("\n    ");
const NEXT_CASE = Buffer.from(",\n    ");
const END = Buffer.from("\n  ]\n}\n");
const END_EMPTY = Buffer.from("]\n}\n");

/**
 * The manifest of an earlier run in outDir, or undefined when there is none.
 * Refuses one it cannot trust. A version 1 manifest's inputs are taken from
 * `cwd` and given back as version 2 records (relative to outDir, no drafter).
 */
export async function readManifest(outDir: string, cwd: string = process.cwd()): Promise<Manifest | undefined> {
  const path = join(outDir, MANIFEST_NAME);
  let text: string;
  try {
    text = await fs.readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new InputError(printablePath(path), `cannot be read (${(error as NodeJS.ErrnoException).code})`);
  }
  const refuse = (why: string) => new InputError(printablePath(path), `is not a manifest this version can resume (${why}): use --force to start over, or choose another --out folder`);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(text) as Manifest;
  } catch {
    throw refuse("not valid JSON");
  }
  const version = (manifest as { version?: unknown } | null)?.version;
  if (manifest === null || typeof manifest !== "object" || !READABLE_VERSIONS.includes(version as number) || !Array.isArray(manifest.cases)) {
    throw refuse(`not version ${READABLE_VERSIONS.join(" or ")}`);
  }
  manifest.cases.forEach((record, i) => {
    const why = recordProblem(record);
    if (why) throw refuse(`case ${i + 1}: ${why}`);
  });
  if (version === 1) {
    manifest.cases = manifest.cases.map((record) => ({ ...record, input: recordedInput(outDir, resolve(cwd, record.input)), drafter: null }));
  }
  return manifest;
}

/** What is wrong with a record read back, if anything; paths must stay inside --out. */
function recordProblem(record: ManifestCase): string | undefined {
  if (record === null || typeof record !== "object") return "not an object";
  if (typeof record.input !== "string") return "no input";
  if (record.withheld !== undefined && typeof record.withheld !== "boolean") return "a malformed withheld flag";
  if (record.drafter !== undefined && record.drafter !== null && !isDrafter(record.drafter)) return "a malformed drafter";
  if (!["drafted", "failed", "skipped"].includes(record.status)) return "an unknown status";
  if (record.inputSha256 !== null && (typeof record.inputSha256 !== "string" || !/^[0-9a-f]{64}$/.test(record.inputSha256))) return "a malformed input hash";
  if (record.folder !== null && (typeof record.folder !== "string" || !isPlainFolderName(record.folder))) return "a folder outside --out";
  if (!Array.isArray(record.outputs) || !Array.isArray(record.diagnostics)) return "no outputs or diagnostics";
  for (const output of record.outputs) {
    if (output === null || typeof output !== "object" || typeof output.path !== "string" || typeof output.sha256 !== "string") return "a malformed output";
    if (record.folder === null || posix.dirname(output.path) !== record.folder || !isPlainFolderName(posix.basename(output.path))) return "an output outside its folder";
  }
  return undefined;
}
