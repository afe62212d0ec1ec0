import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { constants } from "node:os";
import { join } from "node:path";

/** The package root, where `bin/ancillary.js` lives. */
export const packageRoot = join(__dirname, "..", "..");
/** The launcher the built CLI runs from (jest's global setup builds dist/ first). */
export const binPath = join(packageRoot, "bin", "ancillary.js");

export interface CliResult {
  /** The exit code; 128 + the signal number, as a shell reports it, if the process was killed by a signal. */
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Working directory; defaults to the package root. */
  cwd?: string;
  /** Text given to the CLI on stdin. */
  input?: string;
  /** Variables added to (or, set to undefined, removed from) the test's own environment. */
  env?: NodeJS.ProcessEnv;
}

/**
 * Runs the built CLI as a subprocess, exactly as a user would (`node bin/ancillary.js ...args`),
 * and returns its exit code and everything it printed.
 */
export function runCli(args: string[], options: CliOptions = {}): CliResult {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  for (const [name, value] of Object.entries(options.env ?? {})) if (value === undefined) delete env[name];
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd: options.cwd ?? packageRoot,
    input: options.input ?? "",
    env,
    encoding: "utf8",
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return {
    code: result.status ?? 128 + (result.signal ? (constants.signals[result.signal] ?? 0) : 0),
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

/** The built CLI, started without waiting: for tests that signal it mid-run. */
export function startCli(args: string[], options: CliOptions = {}): { child: ChildProcess; output: { stdout: string; stderr: string }; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [binPath, ...args], { cwd: options.cwd ?? packageRoot, env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
  const output = { stdout: "", stderr: "" };
  child.stdout!.on("data", (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output.stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output, exited };
}

/** Waits until a folder holds an entry `matches` accepts, or fails after `ms`. */
export async function waitForEntry(dir: string, matches: (name: string) => boolean, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(existsSync(dir) && readdirSync(dir).some(matches))) {
    if (Date.now() > deadline) throw new Error(`${what} did not appear within ${ms / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
