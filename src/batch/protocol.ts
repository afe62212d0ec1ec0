/**
 * The messages between the batch and its workers. Everything here crosses a
 * thread boundary (structured clone), so it is plain data.
 */
import type { Diagnostic } from "../diagnostics/types";

/** What an earlier run's manifest says a case produced: lets a worker skip or safely redraft it. */
export interface PreviousOutputs {
  /** Absolute path of the case's folder. */
  folder: string;
  inputSha256: string | null;
  /** True when the earlier record says the case was drafted (or found unchanged). */
  drafted: boolean;
  outputs: Array<{ fileName: string; sha256: string }>;
}

export interface CaseTask {
  /** Position in the batch: results are matched and committed by it. */
  id: number;
  /** Absolute path of the case file. */
  path: string;
  maxBytes: number;
  previous?: PreviousOutputs;
}

export interface DraftedFile {
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
}

/** Why a case was not drafted: its content, its file, or a bug. */
export type FailureKind = "case" | "input" | "internal";

export type CaseResult =
  | {
      id: number;
      kind: "drafted";
      inputSha256: string;
      reference: string;
      diagnostics: Diagnostic[];
      files: DraftedFile[];
      /** Files already in the earlier folder that the manifest does not vouch for: not ours to replace. */
      conflicts: string[];
    }
  | { id: number; kind: "unchanged"; inputSha256: string }
  | { id: number; kind: "failed"; failure: FailureKind; inputSha256: string | null; diagnostics: Diagnostic[]; error: string | null };
