import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { STAGING_PREFIX } from "./writeOutputs";

/**
 * What a run that was killed (kill -9, a power cut) can leave in a folder it
 * writes: a staging folder (`.ancillary-staging-<pid>-...`) and the temporary
 * file of an atomic write (`.<name>.<pid>.<hex>.tmp`, as `.manifest.jsonl.<pid>.<hex>.tmp`).
 * Each name carries the pid of the process that made it.
 */
const STAGING = new RegExp(`^${STAGING_PREFIX.replace(/[.]/g, "\\.")}(\\d+)-.+$`);
const TEMPORARY = /^\.(.+)\.(\d+)\.[0-9a-f]+\.tmp$/;

/** The files whose temporary copies an output folder may hold: the manifest and the lock. */
const OUT_FOLDER_FILES = (name: string) => name === "manifest.jsonl" || name === "manifest.json" || name === "ancillary.lock";

/**
 * Removes what dead runs left at the top of a folder: staging folders, and
 * temporary copies of the files `ours` accepts (by default, those of an output
 * folder), so nothing of the user's that merely looks alike is touched. Called
 * with the folder's lock held (or, for golden files, by check --update alone);
 * a name whose process is still alive is left. Returns the names removed.
 */
export function removeLeftovers(dir: string, ours: (name: string) => boolean = OUT_FOLDER_FILES): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const staging = STAGING.exec(name);
    const temporary = TEMPORARY.exec(name);
    const pid = staging ? Number(staging[1]) : temporary && ours(temporary[1]) ? Number(temporary[2]) : undefined;
    if (pid === undefined) continue;
    if (pid === process.pid || isAlive(pid)) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, as another user's process.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
