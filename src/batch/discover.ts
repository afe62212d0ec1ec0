import { statSync, type Stats } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { globSync, isDynamicPattern } from "tinyglobby";
import { InputError } from "../load/errors";

/** One case file to draft. */
export interface BatchInput {
  /** Absolute path, for reading. */
  path: string;
  /** Relative to the working folder with `/` separators: what the manifest and messages show. */
  shown: string;
}

const CASE_FILE = /\.ya?ml$/i;

/**
 * Turns the command's arguments into a sorted, duplicate-free list of case files:
 * a folder gives every *.yaml and *.yml under it (hidden folders excepted), a file
 * is taken as named, and a glob (`cases/**\/*.yaml`, quoted so tinyglobby rather
 * than the shell expands it) gives the case files it matches.
 * An argument that gives nothing is an error, not an empty batch.
 *
 * Synchronous, a folder at a time: listing them all at once (tinyglobby's
 * glob) has libuv's threads read every folder together and hold their entries
 * in their own malloc arenas, which the allocator kept for the rest of the
 * process: ~7 MB more at 100,000 files than at 5,000, which added to a big
 * batch's peak. Listing a folder in turn leaves ~1 MB, in the same time
 * (bench/README.md, issue 18). `batch` lists on a thread of its own.
 */
export function discoverInputs(args: readonly string[], cwd: string = process.cwd()): BatchInput[] {
  const found = new Map<string, BatchInput>();
  const add = (path: string) => {
    const absolute = resolve(cwd, path);
    if (!found.has(absolute)) found.set(absolute, { path: absolute, shown: shownPath(cwd, absolute) });
  };
  for (const arg of args) {
    const stat = statOrNothing(resolve(cwd, arg));
    if (stat?.isDirectory()) {
      const files = globSync(["**/*.yaml", "**/*.yml"], {
        cwd: resolve(cwd, arg),
        absolute: true,
        onlyFiles: true,
        dot: false,
        caseSensitiveMatch: false,
        followSymbolicLinks: false,
        expandDirectories: false,
      });
      if (files.length === 0) throw new InputError(arg, "is a folder holding no .yaml or .yml case files");
      files.forEach(add);
    } else if (stat !== undefined) {
      add(arg);
    } else if (isDynamicPattern(arg)) {
      const files = globSync(arg, { cwd, absolute: true, onlyFiles: true, dot: false, expandDirectories: false }).filter((f) => CASE_FILE.test(f));
      if (files.length === 0) throw new InputError(arg, "matches no .yaml or .yml case files");
      files.forEach(add);
    } else {
      throw new InputError(arg, "does not exist: check the path");
    }
  }
  // Plain code-unit order, not the locale's: every machine sorts alike, which --shard relies on.
  return [...found.values()].sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
}

function statOrNothing(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    // Not there, or not to be looked at: the argument is then tried as a glob.
    return undefined;
  }
}

/** A path as messages show it: relative to the working folder, with `/`. */
export function shownPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return (rel === "" ? absolute : rel).split(sep).join("/");
}
