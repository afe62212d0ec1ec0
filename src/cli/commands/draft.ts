import { lstatSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "../../vendor/commander";
import type { CliIO } from "../io";
import { ExitCode, UsageError } from "../errors";
import { formatOption, maxBytesOption, type ReportFormat } from "../options";
import { signalExitCode, watchStopSignals } from "../signals";
import { printablePath } from "../../output/printable";
import { InputError } from "../../load/errors";
import type { OutputFile } from "../../files/writeOutputs";
import type { Case } from "../../case/types";

interface DraftOptions {
  out: string;
  force: boolean;
  pdf: boolean;
  pdfA: boolean;
  format: ReportFormat;
  maxBytes: number;
  confidentialSchedule: boolean;
}

export function registerDraft(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command("draft")
    .summary("write the order wording and the court documents for one case")
    .description(
      "Checks the case as `validate` does and, if it has no errors, writes into the --out folder: " +
        "order.txt (the order wording as the court would pronounce and record it), order.docx (the draft order " +
        "for the court's approval) and application.docx (the prosecution's written application), and with --pdf " +
        "a PDF of each DOCX: tagged (headings, lists and tables marked for screen readers), with the document's title; " +
        "--pdf-a makes them archival PDF/A-2b instead. A case with errors gets its findings and nothing is written.\n\n" +
        "The documents are written as one set, whole or not at all: each is made in a hidden staging folder " +
        "inside --out, every name is checked first, and only then do they take their names; a full disk, a " +
        "folder where a document goes, or Ctrl-C leaves --out as it was. Files are owner-only and never replace " +
        "existing ones without --force; a PDF left from an earlier draft with --pdf is never left beside new " +
        "documents it no longer matches. One run writes into a folder at a time (a second is refused). A case " +
        "file whose name contains a protected complainant's name is refused: rename it.",
    )
    .argument("<case.yaml>", "the case file")
    .requiredOption("-o, --out <dir>", "folder to write the documents into (created if missing)")
    .option("-f, --force", "replace documents already in the folder", false)
    .option("--pdf", "also write tagged PDFs of the DOCX documents (needs LibreOffice 7.4 or later)", false)
    .option(
      "--confidential-schedule",
      "also write the documents an order keeps confidential, such as a schedule naming whom it protects: marked not for publication, never written without this flag, with a warning each time",
      false,
    )
    .option("--pdf-a", "write the PDFs as archival PDF/A-2b (ISO 19005-2), still tagged; implies --pdf", false)
    .addOption(formatOption(["text", "json"]))
    .addOption(maxBytesOption())
    .addHelpText(
      "after",
      "\nExamples:\n  $ ancillary draft examples/threat-to-control-former-partner.yaml --out out/\n  $ ancillary draft examples/threat-to-control-former-partner.yaml --out out/ --pdf-a",
    )
    .action(async (filePath: string, options: DraftOptions) => {
      const shown = printablePath(filePath);
      if (options.out === "") throw new UsageError("--out is empty: name the folder to write into (use --out . for the current folder)");
      // --pdf-a is --pdf, archival.
      options.pdf ||= options.pdfA;
      // Refuse --pdf without LibreOffice before anything is written.
      if (options.pdf) await asUsageError(async () => (await import("../../writers/pdf")).requireSoffice(options.pdfA ? "--pdf-a" : "--pdf"));
      // The pipeline loads only when the command runs, so `--help` and the other commands stay quick.
      const { readAndAnalyse } = await import("../../pipeline/readAndAnalyse");
      const { hasErrors } = await import("../../diagnostics/types");
      const { formatReports } = await import("../../output/format");
      const { reasonNotDraftable } = await import("../../pipeline/draftable");
      const analysis = await readAndAnalyse(filePath, { maxBytes: options.maxBytes });
      const report = [{ filePath, diagnostics: analysis.diagnostics }];
      if (!analysis.case || hasErrors(analysis.diagnostics)) {
        io.err(formatReports(report, options.format));
        io.err(`${shown}: not drafted: fix the errors above first (nothing was written)\n`);
        setExit(ExitCode.caseErrors);
        return;
      }
      if (analysis.diagnostics.length > 0) io.err(formatReports(report, "text"));
      const notDraftable = reasonNotDraftable(analysis.case);
      if (notDraftable) {
        io.err(`${shown}: not drafted: ${notDraftable} (nothing was written)\n`);
        setExit(ExitCode.caseErrors);
        return;
      }
      // The template and DOCX machinery loads only when drafting, so validate stays quick.
      const { draftCase } = await import("../../pipeline/draftCase");
      const files = await draftCase(analysis.case);
      if (options.confidentialSchedule) files.push(...(await confidentialFiles(analysis.case, shown, io)));
      setExit(await writeDraft(files, options, io));
    });
}

/**
 * The documents the case's orders keep confidential, asked for with
 * --confidential-schedule: each order's warning is printed every time, and a
 * case whose orders keep none gets a note that nothing extra is written.
 */
async function confidentialFiles(theCase: Case, shown: string, io: CliIO): Promise<OutputFile[]> {
  const { renderConfidential, layOut } = await import("../../pipeline/draftCase");
  const { documents, warnings } = renderConfidential(theCase);
  if (documents.length === 0) io.err(`${shown}: --confidential-schedule: no order this case applies for keeps a confidential schedule, so none is written\n`);
  for (const warning of warnings) io.err(`${shown}: warning: ${warning}\n`);
  return documents.map((doc) => ({ fileName: doc.fileName, bytes: layOut(doc) }));
}

/** Writes the documents (and their PDFs) into --out as one set; returns the exit code. */
async function writeDraft(files: OutputFile[], options: DraftOptions, io: CliIO): Promise<number> {
  const { openOutFolder } = await import("../../files/outFolder");
  const { writeOutputs, WriteAborted } = await import("../../files/writeOutputs");
  const stop = watchStopSignals();
  let folder: ReturnType<typeof openOutFolder> | undefined;
  try {
    folder = openOutFolder(options.out, "draft");
    const dir = folder.dir;
    let pdfs: OutputFile[] = [];
    if (options.pdf) {
      const { convertToPdf } = await import("../../writers/pdf");
      const docx = files.filter((file) => file.fileName.endsWith(".docx"));
      pdfs = await asUsageError(() => convertToPdf(docx, dir, stop.signal, { archival: options.pdfA }));
    } else {
      refuseStalePdfs(dir, files, options.out);
    }
    const written = await writeOutputs(dir, [...files, ...pdfs], { force: options.force, signal: stop.signal });
    for (const file of written) io.out(`${file.outcome === "replaced" ? "replaced" : "wrote"} ${printablePath(file.path)}\n`);
    return ExitCode.ok;
  } catch (error) {
    if (!(error instanceof WriteAborted)) throw error;
    io.err(`${printablePath(options.out)}: ${error.message}\n`);
    return signalExitCode(error.reason);
  } finally {
    folder?.close();
    stop.dispose();
  }
}

/**
 * A PDF of one of these documents left by an earlier `draft --pdf` would sit
 * beside new documents it no longer matches: refused (even with --force), so
 * the folder never holds a mixed set.
 */
function refuseStalePdfs(dir: string, files: OutputFile[], shownAs: string): void {
  const stale = files
    .filter((file) => file.fileName.endsWith(".docx"))
    .map((file) => file.fileName.replace(/\.docx$/, ".pdf"))
    .filter((pdf) => lstatSync(join(dir, pdf), { throwIfNoEntry: false }) !== undefined);
  if (stale.length === 0) return;
  const them = stale.length === 1 ? "it" : "them";
  throw new InputError(
    shownAs,
    `holds ${stale.join(", ")} from an earlier draft with --pdf, which would no longer match the new documents: nothing was written; draft with --pdf --force to replace ${them} too, or remove ${them}`,
  );
}

/** A PDF problem (LibreOffice missing or failing) is reported as a usage error: one line, exit 2. */
async function asUsageError<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // By name: the PDF writer loads only with --pdf, so its class is not imported here.
    if (error instanceof Error && error.name === "PdfError") throw new UsageError(error.message);
    throw error;
  }
}
