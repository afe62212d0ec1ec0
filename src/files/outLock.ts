import { closeSync, linkSync, openSync, readFileSync, constants, unlinkSync, writeSync, rmSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { InputError } from "../load/errors";
import { printablePath } from "../output/printable";
import { isAlive } from "./leftovers";

/** The lock's name inside --out: hidden, and never a name a document or a case folder can take. */
export const LOCK_NAME = ".ancillary.lock";

interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
  command: string;
  /** Tells this run's lock from a later one by the same pid. */
  nonce: string;
}

/** A lock on an output folder, held by this process until release(). */
export interface OutLock {
  release(): void;
}

/** Locks this process holds, by path, with their nonces. */
const held = new Map<string, string>();
let exitHookInstalled = false;

/**
 * Takes the output folder for this run: one writer per folder, so two drafts or
 * batches into the same --out never interleave their files or manifests. The
 * lock is a file created whole (written under a temporary name, then linked to
 * its own, which fails if it exists) holding the pid, host and start time. A
 * lock whose process on this host is gone is stale: it is removed and taken.
 * A live one, or one from another host (whose processes cannot be seen), is
 * refused: one line, exit 2.
 */
export function lockOutFolder(dir: string, command: string, shownAs: string = dir): OutLock {
  const path = join(dir, LOCK_NAME);
  const me: LockHolder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), command, nonce: randomBytes(8).toString("hex") };
  // A few tries: the lock may be released, or found stale, between one look and the next.
  for (let attempt = 0; !tryCreate(path, me, shownAs); attempt++) {
    const holder = readHolder(path);
    const stale = holder !== null && holder !== undefined && holder.host === me.host && !isAlive(holder.pid);
    if (attempt >= 3 || (holder !== null && !stale)) throw new InputError(shownAs, busyMessage(holder ?? undefined, path));
    if (stale) removeIfStill(path, holder);
  }
  held.set(path, me.nonce);
  installExitHook();
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      held.delete(path);
      removeIfStill(path, me);
    },
  };
}

function busyMessage(holder: LockHolder | undefined, path: string): string {
  if (holder === undefined) {
    return `is in use by another ancillary run (its lock, ${printablePath(LOCK_NAME)}, cannot be read): wait for it to finish, or if none is running remove ${printablePath(path)}`;
  }
  const where = holder.host === hostname() ? `pid ${holder.pid}` : `pid ${holder.pid} on ${holder.host}`;
  return `is in use by another ancillary ${holder.command} (${where}, started ${holder.startedAt}): wait for it to finish, or choose another --out folder`;
}

/** Creates the lock whole, or returns false if one exists. */
function tryCreate(path: string, me: LockHolder, shownAs: string): boolean {
  const temporary = `${path}.${process.pid}.${me.nonce}.tmp`;
  let fd: number;
  try {
    fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  } catch (error) {
    throw new InputError(shownAs, `cannot be written to (${(error as NodeJS.ErrnoException).code}): nothing was written`);
  }
  try {
    writeSync(fd, `${JSON.stringify(me)}\n`);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw new InputError(shownAs, `cannot be written to (${(error as NodeJS.ErrnoException).code}): nothing was written`);
  } finally {
    unlinkSync(temporary);
  }
}

/** The holder; null when there is no lock any more; undefined when it cannot be read. */
function readHolder(path: string): LockHolder | null | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT" ? null : undefined;
  }
  try {
    const holder = JSON.parse(text) as LockHolder;
    return Number.isInteger(holder.pid) && typeof holder.host === "string" && typeof holder.nonce === "string" ? holder : undefined;
  } catch {
    return undefined;
  }
}

/** Removes a lock, unless another run has taken the folder since (never someone else's lock). */
function removeIfStill(path: string, holder: Pick<LockHolder, "nonce">): void {
  const now = readHolder(path);
  if (now && now.nonce === holder.nonce) rmSync(path, { force: true });
}

/** However the process ends (an uncaught error, process.exit), the locks it holds go with it. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const [path, nonce] of held) removeIfStill(path, { nonce });
  });
}
