import { closeSync, constants, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, writeSync } from "node:fs";
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
}

/**
 * Writes files into one folder, all or nothing as far as the file system allows:
 * each file goes to a temporary name and then takes its own, owner-only; an
 * existing file is refused (before anything is written) unless `force`.
 * The work is synchronous inside: a round trip through libuv's thread pool per
 * call costs more than these small writes.
 */
export async function writeOutputs(outDir: string, files: OutputFile[], options: WriteOptions = {}): Promise<string[]> {
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
  if (!options.force && !created) {
    const existing = targets.filter((target) => exists(target.path)).map((target) => target.fileName);
    if (existing.length > 0) {
      throw new InputError(outDir, `already holds ${existing.join(", ")}: nothing was written; use --force to replace, or choose another --out folder`);
    }
  }
  for (const target of targets) writeAtomicallySync(target.path, target.bytes, options.force === true, outDir, options.durable ?? true);
  return targets.map((target) => target.path);
}

/** Writes to a temporary sibling, then moves it into place; the temporary is removed on any failure. */
export async function writeAtomically(path: string, bytes: Uint8Array, replace: boolean, shownAs: string = path): Promise<void> {
  writeAtomicallySync(path, bytes, replace, shownAs, true);
}

function writeAtomicallySync(path: string, bytes: Uint8Array, replace: boolean, shownAs: string, durable: boolean): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    try {
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
      if (durable) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
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
function makeFolderSync(dir: string): boolean {
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

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
