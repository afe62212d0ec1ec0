import { promises as fs, constants } from "node:fs";
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
}

/**
 * Writes files into one folder, all or nothing as far as the file system allows:
 * each file goes to a temporary name and is renamed into place, owner-only; an
 * existing file is refused (before anything is written) unless `force`.
 */
export async function writeOutputs(outDir: string, files: OutputFile[], options: WriteOptions = {}): Promise<string[]> {
  const dir = resolve(outDir);
  const targets = files.map((file) => ({ ...file, path: confined(dir, file.fileName) }));
  await makeFolder(dir).catch((error) => {
    throw new InputError(outDir, `cannot create the output folder (${(error as NodeJS.ErrnoException).code})`);
  });
  if (options.within !== undefined) await assertInside(dir, options.within, outDir);
  if (!options.force) {
    const existing = [];
    for (const target of targets) if (await exists(target.path)) existing.push(target.fileName);
    if (existing.length > 0) {
      throw new InputError(outDir, `already holds ${existing.join(", ")}: nothing was written; use --force to replace, or choose another --out folder`);
    }
  }
  const written: string[] = [];
  for (const target of targets) {
    await writeAtomically(target.path, target.bytes, options.force === true, outDir);
    written.push(target.path);
  }
  return written;
}

/** Writes to a temporary sibling, then moves it into place; the temporary is removed on any failure. */
export async function writeAtomically(path: string, bytes: Uint8Array, replace: boolean, shownAs: string = path): Promise<void> {
  const temporary = join(resolve(path, ".."), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const handle = await fs.open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (replace) await fs.rename(temporary, path);
    else {
      // link() refuses an existing target, so a file that appeared meanwhile is never clobbered.
      await fs.link(temporary, path);
      await fs.unlink(temporary);
    }
  } catch (error) {
    await fs.rm(temporary, { force: true });
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
async function assertInside(dir: string, root: string, shownAs: string): Promise<void> {
  const [realDir, realRoot] = await Promise.all([fs.realpath(dir), fs.realpath(root)]);
  const rel = relative(realRoot, realDir);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) {
    throw new InputError(shownAs, "leads outside the output folder (a symbolic link?): nothing was written there; remove it and run again");
  }
}

/**
 * mkdir -p, owner-only. Not fs.mkdir's `recursive`, which loops for ever (Node 20)
 * where mkdir fails with ENOENT under a parent that exists, as in /proc/self/x.
 */
export async function makeFolder(dir: string): Promise<void> {
  try {
    await fs.mkdir(dir, { mode: 0o700 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST" && (await fs.stat(dir).then((stat) => stat.isDirectory(), () => false))) return;
    const parent = dirname(dir);
    if (code !== "ENOENT" || parent === dir) throw error;
    await makeFolder(parent);
    // The parent exists now: a second failure is final.
    await fs.mkdir(dir, { mode: 0o700 }).catch(async (again: NodeJS.ErrnoException) => {
      if (again.code !== "EEXIST" || !(await fs.stat(dir)).isDirectory()) throw again;
    });
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch {
    return false;
  }
}
