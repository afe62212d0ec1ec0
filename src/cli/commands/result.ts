import type { Command } from "../../vendor/commander";
import type { CliIO } from "../io";
import { ExitCode, UsageError } from "../errors";
import { formatOption, maxBytesOption, type ReportFormat } from "../options";
import { printablePath } from "../../output/printable";

interface ResultOptions {
  out?: string;
  force: boolean;
  format: ReportFormat;
  maxBytes: number;
}

export function registerResult(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command("result")
    .summary("write the results sheet: what the court did on each order, ready for the court record")
    .description(
      "Reads a case whose `outcome` section records what the court did, checks it as `validate` does, and " +
        "prints a results sheet for the legal adviser or clerk: for each offence the defendant was convicted " +
        "of, each order the court dealt with (made, made in part, refused or adjourned), the property as " +
        "ordered, the terms and period of a restraining order, and the court's reasons, each as text ready to " +
        "paste into the court record. People protected appear by cipher only: the sheet never names a " +
        "complainant.\n\n" +
        "With --out DIR it writes result.txt and result.docx there instead (owner-only, as one set, never " +
        "replacing files without --force).\n\n" +
        "Exit code: 0 written, 1 the case has errors or no outcome, 2 usage or I/O problem.",
    )
    .argument("<case.yaml>", "the case file, with its `outcome` section")
    .option("-o, --out <dir>", "write result.txt and result.docx into this folder instead of printing")
    .option("-f, --force", "replace result files already in the folder", false)
    .addOption(formatOption(["text", "json"]))
    .addOption(maxBytesOption())
    .addHelpText(
      "after",
      "\nThe outcome, in the case file (keyed as under `applications`):\n" +
        "  outcome:\n    date: 2026-10-19\n    orders:\n" +
        "      deprivation: { decision: made, property: [P1], reasons: The phone held the photograph. }\n" +
        "      restraining: { decision: made-in-part, terms: [no-contact, no-images], until: 2031-10-18 }\n" +
        "\nExamples:\n  $ ancillary result examples/report/case-01.yaml\n  $ ancillary result examples/report/case-01.yaml --out results/",
    )
    .action(async (filePath: string, options: ResultOptions) => {
      if (options.out === "") throw new UsageError("--out is empty: name the folder to write into (use --out . for the current folder)");
      const shown = printablePath(filePath);
      const { readAndAnalyse } = await import("../../pipeline/readAndAnalyse");
      const { hasErrors } = await import("../../diagnostics/types");
      const { formatReports } = await import("../../output/format");
      const analysis = await readAndAnalyse(filePath, { maxBytes: options.maxBytes });
      const report = [{ filePath, diagnostics: analysis.diagnostics }];
      if (!analysis.case || hasErrors(analysis.diagnostics)) {
        io.err(formatReports(report, options.format));
        io.err(`${shown}: no results sheet: fix the errors above first (nothing was written)\n`);
        setExit(ExitCode.caseErrors);
        return;
      }
      if (!analysis.case.outcome) {
        io.err(`${shown}: no results sheet: the case has no \`outcome\` section; record what the court did there first (ancillary result --help shows how)\n`);
        setExit(ExitCode.caseErrors);
        return;
      }
      if (analysis.diagnostics.length > 0) io.err(formatReports(report, "text"));
      const { renderDocuments } = await import("../../render/renderDocuments");
      const { layOut } = await import("../../pipeline/draftCase");
      const { resultSheet } = await import("../../result/index");
      const documents = renderDocuments(resultSheet.buildView(analysis.case), analysis.case.outcome.date, resultSheet.documents);
      if (options.out === undefined) {
        const text = documents.find((d) => d.format === "txt")!;
        io.out(Buffer.from(layOut(text)).toString("utf8"));
        setExit(ExitCode.ok);
        return;
      }
      const { openOutFolder } = await import("../../files/outFolder");
      const { writeOutputs } = await import("../../files/writeOutputs");
      const folder = openOutFolder(options.out, "result");
      try {
        const written = await writeOutputs(folder.dir, documents.map((d) => ({ fileName: d.fileName, bytes: layOut(d) })), { force: options.force });
        for (const file of written) io.out(`${file.outcome === "replaced" ? "replaced" : "wrote"} ${printablePath(file.path)}\n`);
      } finally {
        folder.close();
      }
      setExit(ExitCode.ok);
    });
}
