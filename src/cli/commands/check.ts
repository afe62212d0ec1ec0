import type { Command } from "../../vendor/commander";
import type { CliIO } from "../io";
import { ExitCode, UsageError } from "../errors";
import { formatOption, type ReportFormat } from "../options";
import { templatesDir } from "../../paths";

interface CheckCommandOptions {
  update: boolean;
  format: ReportFormat;
  templates: string;
  golden?: string;
  examples?: string;
  fixtures?: string;
}

export function registerCheck(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command("check")
    .summary("check the templates: syntax, names, required wording, and changed wording")
    .description(
      "Checks every template before anyone drafts with it: each compiles; every {{name}} and helper it uses\n" +
        "exists in what the templates receive; every document still contains what templates/requirements.json\n" +
        "says the law requires, for every example and drafting test case; and the plain text of every document\n" +
        "matches the golden files, each difference shown by document and paragraph.\n" +
        "Exit code: 0 clean (warnings allowed), 1 a problem found, 2 usage or I/O problem.",
    )
    .option(
      "--update",
      "accept the wording as it is now: rewrite the golden files (only if nothing else is wrong). It writes, replaces and removes only the golden files it wrote, listed with their SHA-256 in ancillary-golden.json in the golden folder, and refuses a folder holding anything else",
      false,
    )
    .addOption(formatOption())
    .option("--templates <dir>", "the templates to check", templatesDir)
    .option("--golden <dir>", "the golden files (default: test/golden of the package)")
    .option("--examples <dir>", "the example cases, which must draft (default: examples/ of the package)")
    .option("--fixtures <dir>", "more cases, searched in subfolders too; those that do not draft are left out (default: test/fixtures of the package, if present)")
    .addHelpText("after", "\nExamples:\n  $ ancillary check\n  $ ancillary check --update\n  $ ancillary check --format sarif > check.sarif")
    .action(async (options: CheckCommandOptions) => {
      if (options.golden === "") throw new UsageError("--golden is empty: name the folder of golden files");
      const { runCheck } = await import("../../check/runCheck");
      const { formatCheck, hasProblems } = await import("../../check/report");
      const result = await runCheck({
        templatesDir: options.templates,
        goldenDir: options.golden,
        examplesDir: options.examples,
        fixturesDir: options.fixtures,
        update: options.update,
      });
      const docsBase = options.format === "sarif" ? (await import("../../output/docsBase")).docsBaseUrl(process.env) : undefined;
      io.out(formatCheck(result, options.format, docsBase));
      if (options.format !== "text") {
        for (const note of result.notes) io.err(`${note}\n`);
        if (result.updated.length > 0) io.err(`updated ${result.updated.length} golden file${result.updated.length === 1 ? "" : "s"}\n`);
      }
      setExit(hasProblems(result) ? ExitCode.caseErrors : ExitCode.ok);
    });
}
