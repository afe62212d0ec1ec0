/**
 * The messages between the batch and its workers. Everything here crosses a
 * thread boundary (structured clone), so it is plain data; file bytes are
 * moved rather than copied (buffersOf).
 */
import type { Diagnostic } from "../diagnostics/types";
import type { StructuredDocument } from "../document/model";

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
  /** The forms in which its path is printed and recorded: none may name a protected complainant. */
  shownAs: string[];
  maxBytes: number;
  /** Also draft the documents orders keep confidential (--confidential-schedule). */
  confidentialSchedule: boolean;
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
      /** The warning of each order whose confidential documents are among the files (none without --confidential-schedule). */
      confidentialWarnings: string[];
    }
  | { id: number; kind: "unchanged"; inputSha256: string }
  | {
      id: number;
      kind: "failed";
      failure: FailureKind;
      inputSha256: string | null;
      diagnostics: Diagnostic[];
      error: string | null;
      /** Set when the path names a protected complainant: each form of shownAs, with that part withheld. */
      withheld?: string[];
    };

/**
 * A case half drafted: checked and rendered by a drafting worker, handed to a
 * packing worker to lay out its DOCX documents (see pool.ts). `documents` are in
 * template order, each either laid out already (plain text) or still to be.
 */
export interface PackTask {
  id: number;
  kind: "pack";
  inputSha256: string;
  reference: string;
  diagnostics: Diagnostic[];
  documents: Array<{ fileName: string; bytes: Uint8Array } | { fileName: string; docx: StructuredDocument }>;
  confidentialWarnings: string[];
  previous?: PreviousOutputs;
}

/** What a drafting worker sends back: a finished result, or a case for a packing worker. */
export type DraftOutcome = CaseResult | PackTask;

/**
 * What a worker does: "whole" drafts cases start to finish; "draft" checks and
 * renders them, and "pack" lays out their DOCX documents. Each V8 isolate
 * compiles the code it runs, so splitting the two halves between two workers
 * halves the compiling a short batch pays for (bench/README.md).
 */
export type WorkerRole = "whole" | "draft" | "pack";

/** The file bytes a message carries, to move to the other thread rather than copy. */
export function buffersOf(message: DraftOutcome): ArrayBuffer[] {
  const bytes = message.kind === "drafted" ? message.files.map((f) => f.bytes) : message.kind === "pack" ? message.documents.flatMap((d) => ("bytes" in d ? [d.bytes] : [])) : [];
  return [...new Set(bytes.map((b) => b.buffer as ArrayBuffer))];
}

