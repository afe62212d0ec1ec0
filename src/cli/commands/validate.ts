import type { Command } from "../../vendor/commander";
import type { CliIO } from "../io";
import { ExitCode } from "../errors";
import { formatOption, maxBytesOption, type ReportFormat } from "../options";
import type { FileReport } from "../../diagnostics/types";
import { InputError } from "../../load/errors";
import { printablePath } from "../../output/printable";

export function registerValidate(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command("validate")
    .summary("check case files against the case format and the law")
    .description(
      "Checks each case file against the case format (schema) and the statutory conditions for a " +
        "deprivation order, and prints every problem at once, each at its line and column, with the authority " +
        "and a hint. A case file whose name (or a folder in its path, as given) contains a protected complainant's " +
        "name is refused in one line, with that part withheld: rename it. " +
        "Exit code: 0 no errors (warnings allowed), 1 a case has errors (or such a name), 2 usage or I/O problem.",
    )
    .argument("<case.yaml...>", "one or more case files")
    .addOption(formatOption())
    .addOption(maxBytesOption())
    .addHelpText("after", "\nExamples:\n  $ ancillary validate examples/*.yaml\n  $ ancillary validate case.yaml --format sarif > results.sarif")
    .action(async (files: string[], options: { format: ReportFormat; maxBytes: number }) => {
      // The pipeline loads only when the command runs, so `--help` and the other commands stay quick.
      const { readAndAnalyse } = await import("../../pipeline/readAndAnalyse");
      const { hasErrors } = await import("../../diagnostics/types");
      const { formatReports } = await import("../../output/format");
      const { CaseFileNameRefused } = await import("../../pipeline/caseFileName");
      const reports: FileReport[] = [];
      let unreadable = 0;
      let refused = 0;
      for (const filePath of files) {
        try {
          const analysis = await readAndAnalyse(filePath, { maxBytes: options.maxBytes });
          reports.push({ filePath, diagnostics: analysis.diagnostics });
        } catch (error) {
          // One unreadable (or wrongly named) file must not hide the findings for the others.
          if (error instanceof CaseFileNameRefused) {
            io.err(`${printablePath(error.withheldPath)}: ${error.message}\n`);
            refused++;
            continue;
          }
          if (!(error instanceof InputError)) throw error;
          io.err(`${printablePath(error.filePath)}: ${error.message}\n`);
          unreadable++;
        }
      }
      // With no file read there is nothing to summarise; the errors above say why.
      const docsBase = options.format === "sarif" ? (await import("../../output/docsBase")).docsBaseUrl(process.env) : undefined;
      if (reports.length > 0 || options.format !== "text") io.out(formatReports(reports, options.format, docsBase));
      if (unreadable > 0) setExit(ExitCode.usage);
      else setExit(refused > 0 || reports.some((r) => hasErrors(r.diagnostics)) ? ExitCode.caseErrors : ExitCode.ok);
    });
}
