/**
 * manifest.jsonl: the record of what a batch wrote, per case, as JSON Lines.
 * The first line is a header (the tool, the build that drafts, when it started,
 * the options), then one line per case appended as the case's documents are
 * written, then a summary line when the run ends, however it ends short of a
 * hard kill. Nothing is rewritten per case, so memory and I/O stay flat in the
 * number of cases (manifestWriter.ts). A reader takes the last line for a case
 * and ignores a torn last line (readManifest.ts).
 *
 * Per-case records hold no times and no names from the case: only paths, hashes,
 * statuses and the diagnostics (whose messages name no one). An input whose path
 * names a protected complainant is recorded with that part withheld.
 *
 * Inputs are recorded relative to the folder holding the manifest (--out), so
 * --resume finds the same files from whatever folder it is run in, and the
 * manifest holds no absolute path. Versions 1 and 2 were one JSON document,
 * manifest.json (version 1 recorded inputs relative to the folder the batch ran
 * in); --resume reads them and writes manifest.jsonl in their place.
 */
import { relative, resolve, sep } from "node:path";
import { toJsonMessage, type JsonMessage } from "../output/json";
import type { Drafter } from "./drafter";

export const MANIFEST_NAME = "manifest.jsonl";
/** The manifest of versions 1 and 2: read on --resume, then replaced by manifest.jsonl. */
export const OLD_MANIFEST_NAME = "manifest.json";
export const MANIFEST_VERSION = 3;

export type CaseStatus = "drafted" | "failed" | "skipped";

export interface ManifestOutput {
  /** Relative to the --out folder, with `/`: "<folder>/<file>". */
  path: string;
  sha256: string;
  bytes: number;
}

/** A diagnostic in the manifest: the same shape as `validate --format json`. */
export type ManifestDiagnostic = JsonMessage;

export interface ManifestCase {
  /** The case file, relative to the --out folder, with `/`. */
  input: string;
  /** True when a part of the input's path is withheld (it names a protected complainant): not a path to resume from. */
  withheld?: boolean;
  /** SHA-256 of the case file's bytes; null when it could not be read. */
  inputSha256: string | null;
  status: CaseStatus;
  /** The case's folder under --out; null when nothing was written for it. */
  folder: string | null;
  outputs: ManifestOutput[];
  diagnostics: ManifestDiagnostic[];
  /** Why a case failed when it is not in its diagnostics (an unreadable file, a refused write). */
  error: string | null;
  /** The build that drafted its documents; null when none were (or an earlier version's record, which did not say). */
  drafter: Drafter | null;
}

/** How the run was asked to go: what a reader needs to make sense of its records. */
export interface ManifestOptions {
  resume: boolean;
  force: boolean;
  confidentialSchedule: boolean;
}

export interface ManifestHeader {
  version: typeof MANIFEST_VERSION;
  tool: { name: string; version: string };
  /** The build that drafts in this run. */
  drafter: Drafter;
  startedAt: string;
  shard: string | null;
  /** Absent from the manifests of versions 1 and 2. */
  options?: ManifestOptions;
}

export interface Manifest extends ManifestHeader {
  /** True once every case of the run has finished; false while running or after an interruption. */
  complete: boolean;
  /** The signal that stopped the run, if one did. */
  interrupted: string | null;
  summary: Record<CaseStatus, number>;
  cases: ManifestCase[];
}

/** A record with its keys always in the same order, so manifests diff cleanly. */
export function caseRecord(fields: ManifestCase): ManifestCase {
  return {
    input: fields.input,
    ...(fields.withheld ? { withheld: true } : {}),
    inputSha256: fields.inputSha256,
    status: fields.status,
    folder: fields.folder,
    outputs: fields.outputs.map((o) => ({ path: o.path, sha256: o.sha256, bytes: o.bytes })),
    diagnostics: fields.diagnostics.map(manifestDiagnostic),
    error: fields.error,
    drafter: fields.drafter
      ? { version: fields.drafter.version, templates: fields.drafter.templates, law: fields.drafter.law, confidentialSchedule: fields.drafter.confidentialSchedule ?? false }
      : null,
  };
}

/** How a manifest records an input: its path relative to the --out folder, with `/`. */
export function recordedInput(outDir: string, absolutePath: string): string {
  return relative(outDir, absolutePath).split(sep).join("/");
}

/** The absolute path of a recorded input. */
export function inputPath(outDir: string, recorded: string): string {
  return resolve(outDir, recorded);
}

export const manifestDiagnostic = toJsonMessage;
