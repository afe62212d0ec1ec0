import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { LOCK_NAME, lockOutFolder } from "../../src/files/outLock";

const holder = (fields: Partial<{ pid: number; host: string; nonce: string }>) =>
  JSON.stringify({ pid: process.pid, host: hostname(), startedAt: "2026-01-01T00:00:00.000Z", command: "batch", nonce: "n0", ...fields });

describe("the lock on an output folder", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "ancillary-lock-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("is held by one run at a time, holds its pid, and goes when released", () => {
    const lock = lockOutFolder(dir, "draft", "out");
    expect(JSON.parse(readFileSync(join(dir, LOCK_NAME), "utf8"))).toMatchObject({ pid: process.pid, host: hostname(), command: "draft" });
    expect(() => lockOutFolder(dir, "batch", "out")).toThrow(new RegExp(`^is in use by another ancillary draft \\(pid ${process.pid}, started `));
    lock.release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it("takes over a lock whose process has gone", () => {
    const dead = spawnSync(process.execPath, ["-e", ""]).pid!;
    writeFileSync(join(dir, LOCK_NAME), holder({ pid: dead }));
    const lock = lockOutFolder(dir, "batch");
    expect(JSON.parse(readFileSync(join(dir, LOCK_NAME), "utf8")).pid).toBe(process.pid);
    lock.release();
  });

  it("refuses a lock from another host, whose process it cannot see, and one it cannot read", () => {
    writeFileSync(join(dir, LOCK_NAME), holder({ pid: 1, host: "elsewhere" }));
    expect(() => lockOutFolder(dir, "batch", "out")).toThrow("is in use by another ancillary batch (pid 1 on elsewhere, started 2026-01-01T00:00:00.000Z)");
    writeFileSync(join(dir, LOCK_NAME), "{ not a lo");
    expect(() => lockOutFolder(dir, "batch", "out")).toThrow(/^is in use by another ancillary run \(its lock, \.ancillary\.lock, cannot be read\): wait for it to finish, or if none is running remove /);
    expect(readdirSync(dir)).toEqual([LOCK_NAME]);
  });

  it("never removes another run's lock on release", () => {
    const lock = lockOutFolder(dir, "batch");
    // As if a second run had judged ours stale and taken the folder.
    writeFileSync(join(dir, LOCK_NAME), holder({ nonce: "someone-else" }));
    lock.release();
    expect(existsSync(join(dir, LOCK_NAME))).toBe(true);
  });
});
