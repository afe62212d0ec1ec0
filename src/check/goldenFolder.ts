/**
 * The golden folder as `check --update` owns it. --update writes, replaces and
 * removes only golden files it wrote, which it lists with their SHA-256 in an
 * index beside them (INDEX_NAME), so a mistyped --golden (a home folder, a
 * documents folder) is refused instead of having its .txt files replaced or
 * removed. It follows no symbolic link inside the folder, and writes each file
 * atomically (a temporary name, then rename), owner-only.
 *
 * A file the index does not list is adopted when it has exactly the path of a
 * golden file check writes now: a golden folder made before the index existed, or
 * files a merged branch added. It is removed, when its case goes, only once it is
 * listed. Any other file there means the folder is not (only) check's: refused.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmdirSync, unlinkSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { createHash } from "node:crypto";
import { makeFolderSync, writeAtomicallySync } from "../files/writeOutputs";
import { removeLeftovers } from "../files/leftovers";
import { InputError } from "../load/errors";
import { displayPath } from "./located";

export const INDEX_NAME = "ancillary-golden.json";
const INDEX_VERSION = 1;
const ABOUT = "Written by `ancillary check --update`: the golden files it wrote, with their SHA-256. It writes, replaces and removes only these.";

interface GoldenIndex {
  about: string;
  version: typeof INDEX_VERSION;
  /** Path relative to the golden folder, with `/` -> SHA-256 of the text written. */
  files: Record<string, string>;
}

/** What is in a golden folder: its files (relative, with `/`), and which of them check wrote. */
export interface GoldenContents {
  files: string[];
  /** The index's entries; undefined when there is no index. */
  index: Map<string, string> | undefined;
}

/** Relative path with `/` of a file under the golden folder. */
export function goldenKey(goldenDir: string, path: string): string {
  return relative(goldenDir, path).split(sep).join("/");
}

/**
 * Reads the folder without following a link: every file in it, and the index.
 * A symbolic link anywhere inside is refused (exit 2): a golden file is text in
 * the repository, never a pointer to somewhere else. A missing folder is empty.
 */
export function readGoldenFolder(goldenDir: string, update: boolean): GoldenContents {
  const files: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      // What a killed --update left (its temporary files) is its own to clear.
      if (update) removeLeftovers(dir, (name) => name.endsWith(".txt") || name === INDEX_NAME);
      names = readdirSync(dir).sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT" && dir === goldenDir) return;
      throw new InputError(displayPath(dir), `cannot be read (${(error as NodeJS.ErrnoException).code})`);
    }
    for (const name of names) {
      const path = join(dir, name);
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) {
        throw new InputError(displayPath(path), "is a symbolic link inside the golden folder: golden files are plain files, and check follows no link; replace it with the file or remove it");
      }
      if (stat.isDirectory()) walk(path);
      else files.push(goldenKey(goldenDir, path));
    }
  };
  walk(goldenDir);
  return { files: files.filter((file) => file !== INDEX_NAME), index: files.includes(INDEX_NAME) ? readIndex(goldenDir) : undefined };
}

function readIndex(goldenDir: string): Map<string, string> {
  const path = join(goldenDir, INDEX_NAME);
  const refuse = (why: string) =>
    new InputError(
      displayPath(path),
      `is not an index check --update wrote (${why}): if it was damaged (a merge conflict?), remove it and run check --update again, which adopts the golden files whose names it would write`,
    );
  let index: GoldenIndex;
  try {
    index = JSON.parse(readFileSync(path, "utf8")) as GoldenIndex;
  } catch {
    throw refuse("not valid JSON");
  }
  if (index === null || typeof index !== "object" || index.version !== INDEX_VERSION || index.files === null || typeof index.files !== "object") throw refuse(`not version ${INDEX_VERSION}`);
  const entries = new Map<string, string>();
  for (const [file, digest] of Object.entries(index.files)) {
    if (!isPlainRelative(file) || typeof digest !== "string" || !/^[0-9a-f]{64}$/.test(digest)) throw refuse(`a malformed entry`);
    entries.set(file, digest);
  }
  return entries;
}

/** A path inside the folder: relative, no empty, "." or ".." segment. */
function isPlainRelative(file: string): boolean {
  return file !== INDEX_NAME && !file.startsWith("/") && file.split("/").every((segment) => segment !== "" && segment !== "." && segment !== ".." && !segment.includes("\\") && !segment.includes("\0"));
}

/** True when check --update wrote this file (it is in the index). */
export function ownedBy(contents: GoldenContents, file: string): boolean {
  return contents.index?.has(file) ?? false;
}

/** What one --update does: golden files to write (path -> text) and which it owns to remove. */
export interface GoldenUpdate {
  /** Files written or replaced (absolute paths). */
  written: string[];
  /** Files removed: no case drafts them any more. */
  removed: string[];
  /** Files that had been changed since check wrote them (their digest differed), now replaced. */
  changedSince: string[];
  /** Files the index did not list that have the path of a golden file check writes (made before the index, or merged in). */
  adopted: string[];
}

/**
 * Brings the golden folder to `expected` (relative path -> text), touching only
 * what check owns. Refuses (InputError, exit 2) before writing anything when the
 * folder holds a file check did not write. The index is written first with every
 * file about to be written, so whenever --update stops, every file check wrote is
 * in it; then the files; then the index as it ends.
 */
export function updateGoldenFolder(goldenDir: string, expected: Map<string, string>): GoldenUpdate {
  const contents = readGoldenFolder(goldenDir, true);
  const owned = contents.index ?? new Map<string, string>();
  const foreign = contents.files.filter((file) => !owned.has(file) && !expected.has(file));
  if (foreign.length > 0) {
    const one = foreign.length === 1;
    const which = `${foreign.length} file${one ? "" : "s"} that check --update did not write (${foreign.slice(0, 3).join(", ")}${foreign.length > 3 ? ", ..." : ""})`;
    const why = contents.index
      ? `: it writes, replaces and removes only the golden files listed in ${INDEX_NAME} and those it writes now`
      : `, and no ${INDEX_NAME} listing the files it did: it adopts a folder holding only files whose names it would write`;
    throw new InputError(displayPath(goldenDir), `holds ${which}${why}. Move ${one ? "it" : "them"} out, or choose another --golden folder (nothing was written)`);
  }
  const update: GoldenUpdate = { written: [], removed: [], changedSince: [], adopted: contents.files.filter((file) => !owned.has(file)).map((file) => join(goldenDir, file)) };
  const onDisk = new Set(contents.files);
  const digests = new Map([...expected].map(([file, text]) => [file, sha256(Buffer.from(text, "utf8"))]));
  writeIndex(goldenDir, new Map([...owned, ...digests]));
  for (const [file, text] of expected) {
    const digest = digests.get(file)!;
    if (onDisk.has(file)) {
      const now = digestOf(goldenDir, file);
      if (now === digest) continue;
      if (contents.index && now !== owned.get(file)) update.changedSince.push(join(goldenDir, file));
    }
    writeGoldenFile(goldenDir, file, text);
    update.written.push(join(goldenDir, file));
  }
  for (const file of contents.files) {
    // Only a file the index lists is removed: one it merely adopted now is still expected.
    if (expected.has(file)) continue;
    removeGoldenFile(goldenDir, file);
    update.removed.push(join(goldenDir, file));
  }
  writeIndex(goldenDir, digests);
  return update;
}

function digestOf(goldenDir: string, file: string): string {
  return sha256(readFileSync(join(goldenDir, file)));
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function writeIndex(goldenDir: string, files: Map<string, string>): void {
  const index: GoldenIndex = { about: ABOUT, version: INDEX_VERSION, files: Object.fromEntries([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
  ensureFolder(goldenDir, goldenDir);
  writeText(join(goldenDir, INDEX_NAME), `${JSON.stringify(index, null, 2)}\n`, goldenDir);
}

/** Writes one golden file, making its folders owner-only; never through a link. */
function writeGoldenFile(goldenDir: string, file: string, text: string): void {
  const path = join(goldenDir, ...file.split("/"));
  ensureFolder(goldenDir, dirname(path));
  writeText(path, text, goldenDir);
}

function writeText(path: string, text: string, goldenDir: string): void {
  writeAtomicallySync(path, Buffer.from(text, "utf8"), true, displayPath(goldenDir), true);
}

/**
 * mkdir -p, owner-only, for a folder under the golden folder, refusing any
 * segment below it that is not a real folder (a link made since it was read).
 * The golden folder itself is the user's choice, and may be reached through a link.
 */
function ensureFolder(goldenDir: string, dir: string): void {
  makeFolderSync(goldenDir);
  let at = goldenDir;
  for (const segment of relative(goldenDir, dir).split(sep).filter((s) => s !== "")) {
    at = join(at, segment);
    const stat = lstatSync(at, { throwIfNoEntry: false });
    if (stat === undefined) mkdirSync(at, { mode: 0o700 });
    else if (!stat.isDirectory()) {
      throw new InputError(displayPath(at), "is not a folder (a symbolic link?): check follows no link inside the golden folder; stopped there");
    }
  }
}

/** Removes a golden file no case drafts any more, and the folders it leaves empty (up to the golden folder). */
function removeGoldenFile(goldenDir: string, file: string): void {
  const path = join(goldenDir, ...file.split("/"));
  unlinkSync(path);
  for (let dir = dirname(path); dir !== goldenDir && dir.startsWith(goldenDir); dir = dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      break;
    }
  }
}
