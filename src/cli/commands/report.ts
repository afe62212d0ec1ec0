import { availableParallelism } from "node:os";
import { basename, dirname } from "node:path";
import { Option, type Command } from "../../vendor/commander";
import type { CliIO } from "../io";
import { ExitCode, UsageError } from "../errors";
import { jobsOption, maxBytesOption } from "../options";
import { printablePath } from "../../output/printable";
import type { SummaryFormat } from "../../report/formats";

interface ReportOptions {
  format: SummaryFormat;
  html?: string;
  force: boolean;
  maxBytes: number;
  jobs?: number;
}

export function registerReport(program: Command, io: CliIO, setExit: (code: number) => void): void {
  const cores = availableParallelism();
  program
    .command("report")
    .summary("count, across many cases, how often the orders are sought and made")
    .description(
      "Reads every case file given (folders are searched for .yaml and .yml files, globs are expanded) and " +
        "counts: the cases; those with items holding intimate images; those with a deprivation application; the " +
        "deprivation orders made in full or in part, refused or adjourned, and the applications with no outcome " +
        "recorded (from each case's `outcome` section); the items holding intimate images left out of the order " +
        "and why (an online copy, not seized, a third party's, no evidence of use, left out by the court, not " +
        "applied for: the first that applies); and the restraining orders made whose terms deal with images. " +
        "The same figures follow by court and by month of the hearing.\n\n" +
        "Counts only: the report names no one, not even the defendant. A file that cannot be read or is not a " +
        "case is listed by path and not counted (its contents are never shown); a path that names a protected " +
        "complainant is printed with that part withheld. A case with legal errors is counted as written.\n\n" +
        "--html FILE also writes a self-contained page (no network, no scripts): a chart of each table, drawn " +
        "as SVG, with a table of the same figures beside it for screen readers. A page is made to be shared, so it " +
        "says how many files were not counted and why, but not which (a file's name may name the defendant). It is written owner-only and " +
        "whole, and never replaces a file without --force.\n\n" +
        "Exit code: 0 every file counted, 1 a file is not a case (or its name was refused), 2 usage or I/O " +
        "(a file could not be read, an argument matched nothing, the page could not be written).",
    )
    .argument("<cases...>", "case files, folders of them, or quoted globs (\"cases/**/*.yaml\")")
    .addOption(new Option("--format <format>", "how to print the figures: a table, JSON or CSV (one row for all, then one a court and one a month)").choices(["text", "json", "csv"]).default("text"))
    .option("--html <file>", "also write the figures as a self-contained HTML page with charts")
    .option("-f, --force", "replace the --html file if it exists", false)
    .addOption(maxBytesOption())
    .addOption(jobsOption("threads reading the cases, this one included (a worker only for a few hundred cases or more); the figures are the same for any number", cores))
    .addHelpText(
      "after",
      "\nExamples:\n  $ ancillary report examples/report/\n  $ ancillary report \"cases/2026-*/**/*.yaml\" --format csv > figures.csv\n  $ ancillary report examples/report/ --html report.html",
    )
    .action(async (args: string[], options: ReportOptions) => {
      if (options.html === "") throw new UsageError("--html is empty: name the file to write the page to");
      const { discoverInputs } = await import("../../batch/discover");
      const inputs = discoverInputs(args);
      const { summariseInParallel } = await import("../../report/readInParallel");
      const summary = await summariseInParallel(inputs, { maxBytes: options.maxBytes, jobs: options.jobs });
      const { formatSummary } = await import("../../report/formats");
      io.out(formatSummary(summary, options.format));
      if (options.html !== undefined) {
        const { summaryHtml } = await import("../../report/html");
        const { writeOutputs } = await import("../../files/writeOutputs");
        const today = new Date().toISOString().slice(0, 10);
        const page = await summaryHtml(summary, today);
        const [written] = await writeOutputs(dirname(options.html), [{ fileName: basename(options.html), bytes: Buffer.from(page, "utf8") }], { force: options.force });
        io.err(`${written.outcome === "replaced" ? "replaced" : "wrote"} ${printablePath(options.html)}\n`);
      }
      const kinds = new Set(summary.notCounted.map((n) => n.kind));
      setExit(kinds.has("unreadable") ? ExitCode.usage : kinds.size > 0 ? ExitCode.caseErrors : ExitCode.ok);
    });
}
