/**
 * Reads back the manifest of an earlier run in --out, for --resume: manifest.jsonl
 * (version 3), or a manifest.json of versions 1 and 2, which the run then replaces
 * (manifestWriter.ts). Refuses one it cannot trust, in one line.
 */
import { promises as fs } from "node:fs";
import { join, posix, resolve } from "node:path";
import { InputError } from "../load/errors";
import { printablePath } from "../output/printable";
import { isDrafter } from "./drafter";
import { isPlainFolderName } from "./folderNames";
import { MANIFEST_NAME, MANIFEST_VERSION, OLD_MANIFEST_NAME, recordedInput, type CaseStatus, type Manifest, type ManifestCase } from "./manifest";

/** An earlier run's manifest as --resume uses it: version 3's fields, whatever version it was written in. */
export interface EarlierManifest extends Omit<Manifest, "version"> {
  version: number;
  /** The file it was read from (manifest.jsonl, or manifest.json). */
  fileName: string;
}

/** Versions of manifest.json --resume reads: 1 lacks drafters (its cases are redrafted) and records inputs from the working folder. */
const OLD_VERSIONS = [1, 2];

/**
 * The manifest of an earlier run in outDir, or undefined when there is none.
 * A version 1 manifest's inputs are taken from `cwd` and given back as records
 * relative to outDir, with no drafter.
 */
export async function readManifest(outDir: string, cwd: string = process.cwd()): Promise<EarlierManifest | undefined> {
  const lines = await readIfThere(outDir, MANIFEST_NAME);
  if (lines !== undefined) return parseJsonLines(lines, refuser(join(outDir, MANIFEST_NAME)));
  const old = await readIfThere(outDir, OLD_MANIFEST_NAME);
  if (old !== undefined) return parseOldManifest(old, outDir, cwd, refuser(join(outDir, OLD_MANIFEST_NAME)));
  return undefined;
}

type Refuse = (why: string) => InputError;

function refuser(path: string): Refuse {
  return (why) => new InputError(printablePath(path), `is not a manifest this version can resume (${why}): use --force to start over, or choose another --out folder`);
}

async function readIfThere(outDir: string, name: string): Promise<string | undefined> {
  const path = join(outDir, name);
  const stat = await fs.lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw new InputError(printablePath(path), `cannot be read (${error.code})`);
  });
  if (stat === undefined) return undefined;
  if (!stat.isFile()) {
    // An earlier version could name a case's folder manifest.jsonl, from its reference.
    const what = stat.isDirectory() ? "a folder" : "not a plain file";
    throw new InputError(printablePath(path), `is ${what}, where the batch keeps its manifest: move it out of the --out folder, or choose another --out folder`);
  }
  try {
    return await fs.readFile(path, "utf8");
  } catch (error) {
    throw new InputError(printablePath(path), `cannot be read (${(error as NodeJS.ErrnoException).code})`);
  }
}

/**
 * A header line, case lines (the last for an input wins, in the place of its
 * first) and, when the run ended, a summary line. The last line may be torn (a
 * hard kill mid-append): it is ignored; a bad line anywhere else is refused.
 */
function parseJsonLines(text: string, refuse: Refuse): EarlierManifest {
  const lines = text.split("\n");
  // What a crash can leave after the last whole line: part of a line, or zeros the file system had not yet filled.
  while (lines.length > 0 && lines[lines.length - 1].replace(/\0/g, "").trim() === "") lines.pop();
  const parsed: unknown[] = [];
  lines.forEach((line, i) => {
    try {
      parsed.push(JSON.parse(line));
    } catch {
      if (i < lines.length - 1) throw refuse(`line ${i + 1} is not valid JSON`);
    }
  });
  const header = parsed[0] as Partial<Manifest> & { kind?: unknown };
  if (header === null || typeof header !== "object" || header.kind !== "header" || header.version !== MANIFEST_VERSION) {
    throw refuse(`its first line is not a version ${MANIFEST_VERSION} header`);
  }
  const cases: ManifestCase[] = [];
  const place = new Map<string, number>();
  let end: { complete: boolean; interrupted: string | null } = { complete: false, interrupted: null };
  parsed.slice(1).forEach((entry, i) => {
    const { kind, ...fields } = (entry ?? {}) as { kind?: unknown };
    if (kind === "summary") {
      const summary = fields as { complete?: unknown; interrupted?: unknown };
      end = { complete: summary.complete === true, interrupted: typeof summary.interrupted === "string" ? summary.interrupted : null };
      return;
    }
    if (kind !== "case") throw refuse(`line ${i + 2} is neither a case nor the summary`);
    const record = fields as ManifestCase;
    const why = recordProblem(record);
    if (why) throw refuse(`line ${i + 2}: ${why}`);
    // A withheld input is no path: each such record stands alone.
    const at = record.withheld ? undefined : place.get(record.input);
    if (at !== undefined) cases[at] = record;
    else {
      if (!record.withheld) place.set(record.input, cases.length);
      cases.push(record);
    }
  });
  const { kind: _, ...fields } = header;
  return { ...(fields as Omit<Manifest, "complete" | "interrupted" | "summary" | "cases">), ...end, summary: summaryOf(cases), cases, fileName: MANIFEST_NAME };
}

function parseOldManifest(text: string, outDir: string, cwd: string, refuse: Refuse): EarlierManifest {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(text) as Manifest;
  } catch {
    throw refuse("not valid JSON");
  }
  const version = (manifest as { version?: unknown } | null)?.version;
  if (manifest === null || typeof manifest !== "object" || !OLD_VERSIONS.includes(version as number) || !Array.isArray(manifest.cases)) {
    throw refuse(`not version ${OLD_VERSIONS.join(" or ")}`);
  }
  manifest.cases.forEach((record, i) => {
    const why = recordProblem(record);
    if (why) throw refuse(`case ${i + 1}: ${why}`);
  });
  if (version === 1) {
    manifest.cases = manifest.cases.map((record) => ({ ...record, input: recordedInput(outDir, resolve(cwd, record.input)), drafter: null }));
  }
  return { ...manifest, fileName: OLD_MANIFEST_NAME };
}

function summaryOf(cases: readonly ManifestCase[]): Record<CaseStatus, number> {
  const summary: Record<CaseStatus, number> = { drafted: 0, failed: 0, skipped: 0 };
  for (const record of cases) summary[record.status]++;
  return summary;
}

/** What is wrong with a record read back, if anything; paths must stay inside --out. */
function recordProblem(record: ManifestCase): string | undefined {
  if (record === null || typeof record !== "object") return "not an object";
  if (typeof record.input !== "string") return "no input";
  if (record.withheld !== undefined && typeof record.withheld !== "boolean") return "a malformed withheld flag";
  if (record.drafter !== undefined && record.drafter !== null && !isDrafter(record.drafter)) return "a malformed drafter";
  if (!["drafted", "failed", "skipped"].includes(record.status)) return "an unknown status";
  if (record.inputSha256 !== null && (typeof record.inputSha256 !== "string" || !/^[0-9a-f]{64}$/.test(record.inputSha256))) return "a malformed input hash";
  if (record.folder !== null && (typeof record.folder !== "string" || !isPlainFolderName(record.folder))) return "a folder outside --out";
  if (!Array.isArray(record.outputs) || !Array.isArray(record.diagnostics)) return "no outputs or diagnostics";
  for (const output of record.outputs) {
    if (output === null || typeof output !== "object" || typeof output.path !== "string" || typeof output.sha256 !== "string") return "a malformed output";
    if (record.folder === null || posix.dirname(output.path) !== record.folder || !isPlainFolderName(posix.basename(output.path))) return "an output outside its folder";
  }
  return undefined;
}
