/**
 * Writes manifest.jsonl (see manifest.ts) as a batch goes: the header and the
 * records carried over from an earlier run into a new file, renamed into place
 * whole; then each case's line appended as it is recorded; then the summary.
 *
 * Lines go out in slot order (a case finishing ahead of an earlier one waits,
 * a few at most), so the same inputs always give the same manifest. Appends are
 * throttled as the whole-file rewrites before them were: at most one flush
 * every 100 ms, each written and then flushed to the disk (fdatasync), so the
 * file on disk lists cases whose documents were completely written, and a hard
 * kill loses at most the last 100 ms of records (their documents are kept or
 * redrafted by --resume, as before). Memory per case is one byte (its status).
 */
import { closeSync, fdatasyncSync, fsyncSync, openSync, renameSync, rmSync, writeSync, constants } from "node:fs";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { InputError } from "../load/errors";
import { printablePath } from "../output/printable";
import { caseRecord, MANIFEST_NAME, OLD_MANIFEST_NAME, type CaseStatus, type ManifestCase, type ManifestHeader } from "./manifest";

const STATUS_CODES: readonly CaseStatus[] = ["drafted", "failed", "skipped"];
/** Least time between two flushes. */
const FLUSH_GAP_MS = 100;

export class ManifestWriter {
  private readonly path: string;
  /** Per slot: 0 when it has no record yet, else 1 + the index of its status in STATUS_CODES. */
  private readonly statuses: Uint8Array;
  /** Lines of records carried over, written with the header. */
  private seeds: string[] = [];
  /** Lines recorded ahead of an earlier slot, by slot. */
  private readonly early = new Map<number, string>();
  /** The next slot of this run whose line goes out (slots past the run's hold carried records only). */
  private nextSlot = 0;
  /** Lines ready to append. */
  private pending: string[] = [];
  private fd: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  private lastFlush = 0;
  private failure: unknown;

  constructor(
    private readonly outDir: string,
    private readonly header: ManifestHeader,
    /** The cases of this run, slots 0 to runSlots - 1, recorded in that order. */
    runSlots: number,
    /** Slots for records carried over from cases outside this run, after the run's. */
    carriedSlots: number,
  ) {
    this.path = join(outDir, MANIFEST_NAME);
    this.statuses = new Uint8Array(runSlots + carriedSlots);
  }

  /** A record carried over from an earlier run (before open): its documents are still on disk. */
  seed(slot: number, record: ManifestCase): void {
    this.seeds.push(line(record));
    this.statuses[slot] = statusCode(record.status);
  }

  /**
   * Writes the header and the carried records into a new file and renames it
   * into place (replacing an earlier manifest, and removing a manifest.json it
   * was migrated from), keeping it open to append to.
   */
  open(): void {
    const temporary = join(this.outDir, `.${MANIFEST_NAME}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
    let fd: number | undefined;
    try {
      fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_APPEND, 0o600);
      writeAll(fd, `${JSON.stringify({ kind: "header", ...this.header })}\n${this.seeds.join("")}`);
      fsyncSync(fd);
      renameSync(temporary, this.path);
    } catch (error) {
      if (fd !== undefined) closeSync(fd);
      rmSync(temporary, { force: true });
      throw new InputError(printablePath(this.path), `cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    this.fd = fd;
    this.seeds = [];
    rmSync(join(this.outDir, OLD_MANIFEST_NAME), { force: true });
  }

  /** Records a case of this run (slot < runSlots): its line goes out once every earlier slot's has. */
  add(slot: number, record: ManifestCase): void {
    this.statuses[slot] = statusCode(record.status);
    this.early.set(slot, line(record));
    while (this.early.has(this.nextSlot)) {
      this.pending.push(this.early.get(this.nextSlot)!);
      this.early.delete(this.nextSlot++);
    }
    this.schedule();
  }

  /** Appends what is left and the summary, and closes the file. Throws if any write failed. */
  close(complete: boolean, interrupted: string | null): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.fd === undefined) return;
    // A case recorded while an earlier one never was (the batch failed between them) still goes out: its documents are on disk.
    for (const slot of [...this.early.keys()].sort((a, b) => a - b)) this.pending.push(this.early.get(slot)!);
    this.early.clear();
    this.pending.push(`${JSON.stringify({ kind: "summary", complete, interrupted, summary: this.summary() })}\n`);
    if (this.failure === undefined) this.flush();
    closeSync(this.fd);
    this.fd = undefined;
    if (this.failure !== undefined) throw this.failure;
  }

  /** Set when a flush failed: the batch must stop, its record can no longer be kept. */
  get error(): unknown {
    return this.failure;
  }

  private summary(): Record<CaseStatus, number> {
    const summary: Record<CaseStatus, number> = { drafted: 0, failed: 0, skipped: 0 };
    for (const code of this.statuses) if (code > 0) summary[STATUS_CODES[code - 1]]++;
    return summary;
  }

  private schedule(): void {
    if (this.timer !== undefined || this.failure !== undefined || this.pending.length === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, Math.max(0, this.lastFlush + FLUSH_GAP_MS - Date.now()));
  }

  private flush(): void {
    if (this.fd === undefined || this.pending.length === 0) return;
    const text = this.pending.join("");
    this.pending = [];
    try {
      writeAll(this.fd, text);
      fdatasyncSync(this.fd);
    } catch (error) {
      this.failure ??= new InputError(printablePath(this.path), `cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    this.lastFlush = Date.now();
  }
}

function line(record: ManifestCase): string {
  return `${JSON.stringify({ kind: "case", ...caseRecord(record) })}\n`;
}

function statusCode(status: CaseStatus): number {
  return STATUS_CODES.indexOf(status) + 1;
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, "utf8");
  for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
}
