import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { STAGING_PREFIX } from "./writeOutputs";

/**
 * What a run that was killed (kill -9, a power cut) can leave in an output
 * folder: a staging folder (`.ancillary-staging-<pid>-...`) and a temporary file
 * of an atomic write (`.manifest.json.<pid>.<hex>.tmp`, `.ancillary.lock.<pid>.<nonce>.tmp`).
 * Each name carries the pid of the process that made it.
 */
const LEFTOVER = new RegExp(`^(?:${STAGING_PREFIX.replace(/[.]/g, "\\.")}(\\d+)-.+|\\..+\\.(\\d+)\\.[0-9a-f]+\\.tmp)$`);

/**
 * Removes what dead runs left at the top of an output folder. Called with the
 * folder's lock held, so no live run is writing there; a name whose process is
 * still alive (another program's file that happens to look alike) is left.
 * Returns the names removed.
 */
export function removeLeftovers(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = LEFTOVER.exec(name);
    if (!match) continue;
    const pid = Number(match[1] ?? match[2]);
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
