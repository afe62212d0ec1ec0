import { rmdirSync } from "node:fs";
import { resolve } from "node:path";
import { InputError } from "../load/errors";
import { removeLeftovers } from "./leftovers";
import { lockOutFolder } from "./outLock";
import { makeFolderSync } from "./writeOutputs";

/** An output folder held by this run: made if missing, locked, and cleared of what killed runs left. */
export interface OutFolder {
  /** Absolute path. */
  dir: string;
  /** Releases the lock; a folder this run made and left empty is removed, so a refused run leaves no trace. */
  close(): void;
}

/**
 * Opens --out for writing: refuses an empty name (which would mean the current
 * folder), makes the folder owner-only if missing, takes its lock (one writer per
 * folder), and removes the staging folders and temporary files of runs that were
 * killed. `command` is what the lock tells a second run ("draft", "batch").
 */
export function openOutFolder(out: string, command: string, cwd: string = process.cwd()): OutFolder {
  if (out === "") throw new InputError("--out", 'is empty: name the folder to write into (use --out . for the current folder)');
  const dir = resolve(cwd, out);
  let created: boolean;
  try {
    created = makeFolderSync(dir);
  } catch (error) {
    throw new InputError(out, `cannot create the output folder (${(error as NodeJS.ErrnoException).code})`);
  }
  let lock;
  try {
    lock = lockOutFolder(dir, command, out);
  } catch (error) {
    if (created) removeIfEmpty(dir);
    throw error;
  }
  removeLeftovers(dir);
  return {
    dir,
    close() {
      lock.release();
      if (created) removeIfEmpty(dir);
    },
  };
}

function removeIfEmpty(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // not empty (or gone): left as it is
  }
}
