import type { Command } from "commander";
import type { CliIO } from "../io";
import { ExitCode, UsageError } from "../errors";
import { formatOption, maxBytesOption, type ReportFormat } from "../options";
import { readAndAnalyse } from "../../pipeline/readAndAnalyse";
import { hasErrors } from "../../diagnostics/types";
import { formatReports } from "../../output/format";
import { reasonNotDraftable } from "../../pipeline/draftable";

interface DraftOptions {
  out: string;
  force: boolean;
  pdf: boolean;
  format: ReportFormat;
  maxBytes: number;
}

export function registerDraft(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command("draft")
    .summary("write the order wording and the court documents for one case")
    .description(
      "Checks the case as `validate` does and, if it has no errors, writes into the --out folder: " +
        "order.txt (the order wording as the court would pronounce and record it), order.docx (the draft order " +
        "for the court's approval) and application.docx (the prosecution's written application). " +
        "A case with errors gets its findings and nothing is written. Files are owner-only and never replace " +
        "existing ones without --force.",
    )
    .argument("<case.yaml>", "the case file")
    .requiredOption("-o, --out <dir>", "folder to write the documents into (created if missing)")
    .option("-f, --force", "replace documents already in the folder", false)
    .option("--pdf", "also write PDFs of the DOCX documents (needs LibreOffice)", false)
    .addOption(formatOption(["text", "json"]))
    .addOption(maxBytesOption())
    .addHelpText("after", "\nExample:\n  $ ancillary draft examples/threat-to-control-former-partner.yaml --out out/")
    .action(async (filePath: string, options: DraftOptions) => {
      // Refuse --pdf without LibreOffice before anything is written.
      if (options.pdf) await asUsageError(async () => (await import("../../writers/pdf")).requireSoffice());
      const analysis = await readAndAnalyse(filePath, { maxBytes: options.maxBytes });
      const report = [{ filePath, diagnostics: analysis.diagnostics }];
      if (!analysis.case || hasErrors(analysis.diagnostics)) {
        io.err(formatReports(report, options.format));
        io.err(`${filePath}: not drafted: fix the errors above first (nothing was written)\n`);
        setExit(ExitCode.caseErrors);
        return;
      }
      if (analysis.diagnostics.length > 0) io.err(formatReports(report, "text"));
      const notDraftable = reasonNotDraftable(analysis.case);
      if (notDraftable) {
        io.err(`${filePath}: not drafted: ${notDraftable} (nothing was written)\n`);
        setExit(ExitCode.caseErrors);
        return;
      }
      // The template and DOCX machinery loads only when drafting, so validate stays quick.
      const { draftCase } = await import("../../pipeline/draftCase");
      const { writeOutputs } = await import("../../files/writeOutputs");
      const files = await draftCase(analysis.case);
      const written = await writeOutputs(options.out, files, { force: options.force });
      for (const path of written) io.out(`wrote ${path}\n`);
      if (options.pdf) {
        const { convertToPdf } = await import("../../writers/pdf");
        const docx = written.filter((p) => p.endsWith(".docx"));
        const pdfs = await asUsageError(() => convertToPdf(docx, options.out, { force: options.force }));
        for (const path of pdfs) io.out(`wrote ${path}\n`);
      }
      setExit(ExitCode.ok);
    });
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
