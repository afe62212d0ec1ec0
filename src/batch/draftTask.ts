/**
 * Drafts one case of a batch, in a worker thread: reads and hashes the input,
 * checks it, and returns the documents with their hashes for the batch's thread to
 * write. Nothing here writes a file.
 *
 * Drafting comes in two halves, so that two workers can share a case (see
 * pool.ts): draftStage checks and renders it, packStage lays out its DOCX
 * documents and hashes every file.
 */
import { join } from "node:path";
import { readCaseFile, type CaseFile } from "../load/readCaseText";
import { InputError } from "../load/errors";
import { analyseCaseFile, type Analysis } from "../pipeline/analyse";
import { CaseFileNameRefused } from "../pipeline/caseFileName";
import { layOut, renderCase, renderConfidential } from "../pipeline/draftCase";
import { reasonNotDraftable } from "../pipeline/draftable";
import { hasErrors } from "../diagnostics/types";
import type { CaseResult, CaseTask, DraftedFile, DraftOutcome, PackTask, PreviousOutputs } from "./protocol";
import { sha256 } from "./sha256";
import { foreignFiles, readIfThere } from "./foreignFiles";

/** A whole case, start to finish. */
export async function processTask(task: CaseTask): Promise<CaseResult> {
  const outcome = draftStage(task);
  return outcome.kind === "pack" ? packStage(outcome) : outcome;
}

/** The first half: read, hash, check and render; a case with documents comes back as a PackTask. */
export function draftStage(task: CaseTask): DraftOutcome {
  const { id } = task;
  return guarded(id, (): DraftOutcome => {
    let input: CaseFile;
    try {
      // One read gives both the bytes the manifest hashes (what sha256sum prints) and the text checked.
      input = readCaseFile(task.path, { maxBytes: task.maxBytes });
    } catch (error) {
      if (error instanceof InputError) return { id, kind: "failed", failure: "input", inputSha256: null, diagnostics: [], error: error.message };
      throw error;
    }
    const inputSha256 = sha256(input.bytes);
    const previous = task.previous;
    if (previous && previous.drafted && previous.inputSha256 === inputSha256 && outputsIntact(previous)) {
      return { id, kind: "unchanged", inputSha256 };
    }
    let analysis: Analysis;
    try {
      analysis = analyseCaseFile(input.text, task.shownAs);
    } catch (error) {
      if (!(error instanceof CaseFileNameRefused)) throw error;
      // Its diagnostics would be printed against its path: only the refusal is reported, with the hash to find the file by.
      const message = `${error.message}; its SHA-256 is ${inputSha256}`;
      return { id, kind: "failed", failure: "case", inputSha256, diagnostics: [], error: message, withheld: error.withheldPaths };
    }
    if (!analysis.case || hasErrors(analysis.diagnostics)) {
      return { id, kind: "failed", failure: "case", inputSha256, diagnostics: analysis.diagnostics, error: null };
    }
    const notDraftable = reasonNotDraftable(analysis.case);
    if (notDraftable) {
      return { id, kind: "failed", failure: "case", inputSha256, diagnostics: analysis.diagnostics, error: `not drafted: ${notDraftable}` };
    }
    // Confidential documents only when asked for: no run without the flag drafts one.
    const confidential = task.confidentialSchedule ? renderConfidential(analysis.case) : { documents: [], warnings: [] };
    // Plain text is laid out here (it is cheap); DOCX is left to the packing half.
    const documents = [...renderCase(analysis.case), ...confidential.documents].map((doc) =>
      doc.format === "docx" ? { fileName: doc.fileName, docx: doc.document } : { fileName: doc.fileName, bytes: ownBuffer(layOut(doc)) },
    );
    const reference = analysis.case.reference;
    return { id, kind: "pack", inputSha256, reference, diagnostics: analysis.diagnostics, documents, confidentialWarnings: confidential.warnings, previous };
  });
}

/** The second half: lays out the DOCX documents, hashes every file, and looks for files a redraft would replace. */
export function packStage(pack: PackTask): CaseResult {
  return guarded(pack.id, (): CaseResult => {
    const files: DraftedFile[] = pack.documents.map((doc) => {
      const bytes = "bytes" in doc ? doc.bytes : ownBuffer(layOut({ format: "docx", document: doc.docx }));
      return { fileName: doc.fileName, bytes, sha256: sha256(bytes) };
    });
    const conflicts = pack.previous ? foreignFiles(pack.previous.folder, pack.previous.outputs, files) : [];
    const { id, inputSha256, reference, diagnostics, confidentialWarnings } = pack;
    return { id, kind: "drafted", inputSha256, reference, diagnostics, files, conflicts, confidentialWarnings };
  });
}

/** A bug, not the case's fault: the case fails with the error's kind and first line. */
function guarded<T extends DraftOutcome>(id: number, work: () => T): T | CaseResult {
  try {
    return work();
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message.split("\n")[0]}` : String(error);
    return { id, kind: "failed", failure: "internal", inputSha256: null, diagnostics: [], error: `internal error (${message})` };
  }
}

/** Every output the earlier run recorded is still there with the bytes it wrote. */
function outputsIntact(previous: PreviousOutputs): boolean {
  if (previous.outputs.length === 0) return false;
  return previous.outputs.every((output) => {
    const bytes = readIfThere(join(previous.folder, output.fileName));
    return bytes !== null && bytes !== undefined && sha256(bytes) === output.sha256;
  });
}

/** A Uint8Array that owns its whole ArrayBuffer, so it can be transferred rather than copied. */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? bytes : new Uint8Array(bytes);
}
