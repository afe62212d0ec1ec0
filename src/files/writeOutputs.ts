import { closeSync, constants, fsyncSync, linkSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import { InputError } from "../load/errors";

export interface OutputFile {
  /** A bare file name: never a path. */
  fileName: string;
  bytes: Uint8Array;
}

export interface WriteOptions {
  /** Replace existing files instead of refusing. */
  force?: boolean;
  /**
   * The folder the user chose, when outDir is a folder made inside it: outDir
   * must really be inside it, so a planted symlink cannot lead writes elsewhere.
   */
  within?: string;
  /**
   * Flush each file to disk before it takes its name (default true). A batch turns
   * this off for documents: its manifest, flushed, records each document's hash,
   * and --resume redrafts any that a power cut left short.
   */
  durable?: boolean;
  /**
   * A folder on the same file system to stage the files in (a batch keeps one
   * for the whole run); by default a hidden folder made inside outDir and removed after.
   */
  staging?: string;
  /** A file already there with exactly the bytes to be written is kept, not refused (what a killed run left). */
  keepIdentical?: boolean;
  /** Checked once everything is staged, before anything takes its name: an aborted write leaves the folder as it was. */
  signal?: AbortSignal;
}

/** What became of one file of the set. */
export interface WrittenFile {
  fileName: string;
  path: string;
  /** "written": it is new; "replaced": an older file of that name was replaced (--force); "kept": the same bytes were there already. */
  outcome: "written" | "replaced" | "kept";
}

/** The name of a staging folder (and the prefix --out's leftovers are recognised by). */
export const STAGING_PREFIX = ".ancillary-staging-";

/** The write was stopped (a signal) before anything took its name. */
export class WriteAborted extends Error {
  constructor(readonly reason: string) {
    super(`stopped by ${reason}: nothing was written`);
    this.name = "WriteAborted";
  }
}

type Plan = { fileName: string; bytes: Uint8Array; path: string; action: "create" | "replace" | "keep"; staged?: string; backup?: string };

/**
 * Writes a set of files into one folder, whole or not at all:
 *  1. every target is checked first: a file already there is refused unless
 *     `force` (or, with `keepIdentical`, it holds exactly these bytes), and a
 *     folder or anything else that is not a file is refused even with `force`;
 *  2. every file is written, owner-only, into a hidden staging folder on the same
 *     file system, so a full disk or a failed write stops before any name is taken;
 *  3. each takes its name: a new one by link() (which never replaces a file that
 *     appeared meanwhile), a replaced one by rename() after the old file is kept
 *     aside; if any step fails, the steps done are undone, so the folder is as it was.
 * The work is synchronous inside: a round trip through libuv's thread pool per
 * call costs more than these small writes, and a signal cannot land mid-set.
 */
export async function writeOutputs(outDir: string, files: OutputFile[], options: WriteOptions = {}): Promise<WrittenFile[]> {
  const dir = resolve(outDir);
  const targets = files.map((file) => ({ ...file, path: confined(dir, file.fileName) }));
  let created: boolean;
  try {
    created = makeFolderSync(dir);
  } catch (error) {
    throw new InputError(outDir, `cannot create the output folder (${(error as NodeJS.ErrnoException).code})`);
  }
  if (options.within !== undefined) assertInside(dir, options.within, outDir);
  // A folder made just now holds nothing to refuse (and link() below refuses anything that appears).
  const plans: Plan[] = targets.map((target) => ({ ...target, action: created ? "create" : planFor(target, options, outDir) }));
  if (!options.force) {
    const existing = plans.filter((plan) => plan.action === "replace").map((plan) => plan.fileName);
    if (existing.length > 0) {
      throw new InputError(outDir, `already holds ${existing.join(", ")}: nothing was written; use --force to replace, or choose another --out folder`);
    }
  }
  const ownStaging = options.staging === undefined;
  const staging = ownStaging ? makeStagingFolder(dir, outDir) : options.staging!;
  try {
    for (const plan of plans) {
      if (plan.action === "keep") continue;
      plan.staged = join(staging, `${randomBytes(6).toString("hex")}-${plan.fileName}`);
      try {
        writeNewFile(plan.staged, plan.bytes, options.durable ?? true);
      } catch (error) {
        throw new InputError(outDir, `cannot write ${plan.fileName} (${(error as NodeJS.ErrnoException).code ?? String(error)}): nothing was written`);
      }
    }
    if (options.signal?.aborted) throw new WriteAborted(String(options.signal.reason));
    commit(plans, staging, outDir);
    // Each file was flushed before it took its name; the names live in the folder.
    if (options.durable ?? true) flushFolder(dir, outDir);
  } finally {
    if (ownStaging) rmSync(staging, { recursive: true, force: true });
    else for (const plan of plans) for (const leftover of [plan.staged, plan.backup]) if (leftover) rmSync(leftover, { force: true });
  }
  return plans.map((plan) => ({ fileName: plan.fileName, path: plan.path, outcome: plan.action === "create" ? "written" : plan.action === "replace" ? "replaced" : "kept" }));
}

/** What to do with one target, from what is at its name now. */
function planFor(target: { fileName: string; path: string; bytes: Uint8Array }, options: WriteOptions, shownAs: string): Plan["action"] {
  let stat;
  try {
    stat = lstatSync(target.path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "create";
    throw new InputError(shownAs, `cannot check ${target.fileName} (${(error as NodeJS.ErrnoException).code}): nothing was written`);
  }
  if (stat.isDirectory()) {
    throw new InputError(shownAs, `holds a folder named ${target.fileName}, where a document goes: nothing was written; move it away, or choose another --out folder`);
  }
  if (!stat.isFile() && !stat.isSymbolicLink()) {
    throw new InputError(shownAs, `holds ${target.fileName}, which is not a regular file: nothing was written; move it away, or choose another --out folder`);
  }
  if (options.keepIdentical && stat.isFile() && stat.size === target.bytes.length && sameBytes(target.path, target.bytes)) return "keep";
  return "replace";
}

function sameBytes(path: string, bytes: Uint8Array): boolean {
  try {
    return readFileSync(path).equals(bytes);
  } catch {
    return false;
  }
}

/** Moves every staged file to its name; on any failure, undoes what was done and says what happened. */
function commit(plans: Plan[], staging: string, shownAs: string): void {
  const done: Plan[] = [];
  try {
    for (const plan of plans) {
      if (plan.action === "keep") continue;
      if (plan.action === "create") {
        // link() refuses an existing target, so a file that appeared meanwhile is never clobbered.
        linkSync(plan.staged!, plan.path);
        done.push(plan);
      } else {
        // The old file is kept aside (link() does not follow a symlink: the link itself is kept), then replaced in one step.
        plan.backup = join(staging, `${randomBytes(6).toString("hex")}-old-${plan.fileName}`);
        linkSync(plan.path, plan.backup);
        renameSync(plan.staged!, plan.path);
        done.push(plan);
      }
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const failed = plans.find((plan) => plan.action !== "keep" && !done.includes(plan))!;
    const notRestored = undo(done);
    const what = code === "EEXIST" ? `${failed.fileName} appeared while writing` : `cannot write ${failed.fileName} (${code ?? String(error)})`;
    if (notRestored.length > 0) {
      throw new InputError(shownAs, `${what}, and ${notRestored.join(", ")} could not be put back as they were: check the folder before using it`);
    }
    throw new InputError(shownAs, `${what}: nothing was written (the folder is as it was)${code === "EEXIST" ? "; use --force to replace it" : ""}`);
  }
}

/** Undoes committed steps, latest first; returns the names it could not restore. */
function undo(done: Plan[]): string[] {
  const failed: string[] = [];
  for (const plan of [...done].reverse()) {
    try {
      if (plan.action === "create") unlinkSync(plan.path);
      else renameSync(plan.backup!, plan.path);
    } catch {
      failed.push(plan.fileName);
    }
  }
  return failed;
}

/** A hidden, owner-only staging folder inside dir (removed by the caller; a killed run's is removed by the next run). */
export function makeStagingFolder(dir: string, shownAs: string = dir): string {
  try {
    return mkdtempSync(join(dir, `${STAGING_PREFIX}${process.pid}-`));
  } catch (error) {
    throw new InputError(shownAs, `cannot be written to (${(error as NodeJS.ErrnoException).code}): nothing was written`);
  }
}

/**
 * Forces a folder's entries (the names just given) to disk. A file system that
 * cannot flush a folder says so with EINVAL or ENOTSUP: its files were flushed,
 * and that is as far as it goes. Any other failure is a disk in trouble.
 */
function flushFolder(dir: string, shownAs: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, constants.O_RDONLY | constants.O_DIRECTORY);
    fsyncSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EINVAL" && code !== "ENOTSUP" && code !== "EOPNOTSUPP") {
      throw new InputError(shownAs, `the files were written, but the folder could not be flushed to disk (${code ?? String(error)}): check the disk before relying on them`);
    }
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes a file that must not exist yet, owner-only. */
function writeNewFile(path: string, bytes: Uint8Array, durable: boolean): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  try {
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
    if (durable) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes to a temporary sibling, then moves it into place; the temporary is removed on any failure. */
export async function writeAtomically(path: string, bytes: Uint8Array, replace: boolean, shownAs: string = path): Promise<void> {
  writeAtomicallySync(path, bytes, replace, shownAs, true);
}

/** writeAtomically, synchronously: owner-only, flushed, and a rename that replaces a link rather than writing through it. */
export function writeAtomicallySync(path: string, bytes: Uint8Array, replace: boolean, shownAs: string, durable: boolean): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    writeNewFile(temporary, bytes, durable);
    if (replace) renameSync(temporary, path);
    else {
      // link() refuses an existing target, so a file that appeared meanwhile is never clobbered.
      linkSync(temporary, path);
      unlinkSync(temporary);
    }
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new InputError(shownAs, `${basename(path)} appeared while writing: use --force to replace it`);
    throw new InputError(shownAs, `cannot write ${basename(path)} (${code ?? String(error)})`);
  }
}

/** The path of a file inside dir; refuses any name that would land elsewhere. */
export function confined(dir: string, fileName: string): string {
  const path = resolve(dir, fileName);
  const rel = relative(dir, path);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel) || rel.includes("/") || rel.includes("\\") || fileName.includes("\0")) {
    throw new InputError(fileName, "is not a plain file name inside the output folder");
  }
  return path;
}

/** Refuses a folder that resolves (through symlinks) to somewhere outside root. */
function assertInside(dir: string, root: string, shownAs: string): void {
  const rel = relative(realpathSync.native(root), realpathSync.native(dir));
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) {
    throw new InputError(shownAs, "leads outside the output folder (a symbolic link?): nothing was written there; remove it and run again");
  }
}

/** mkdir -p, owner-only (see makeFolderSync). */
export async function makeFolder(dir: string): Promise<void> {
  makeFolderSync(dir);
}

/**
 * mkdir -p, owner-only; true when it made `dir` itself (so `dir` is new and empty).
 * Not fs.mkdir's `recursive`, which loops for ever (Node 20) where mkdir fails
 * with ENOENT under a parent that exists, as in /proc/self/x.
 */
export function makeFolderSync(dir: string): boolean {
  try {
    mkdirSync(dir, { mode: 0o700 });
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST" && isFolder(dir)) return false;
    const parent = dirname(dir);
    if (code !== "ENOENT" || parent === dir) throw error;
    makeFolderSync(parent);
    // The parent exists now: a second failure is final.
    try {
      mkdirSync(dir, { mode: 0o700 });
      return true;
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code !== "EEXIST" || !isFolder(dir)) throw again;
      return false;
    }
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
