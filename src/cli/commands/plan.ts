import { Option, type Command } from "../../vendor/commander";
import type { CliIO } from "../io";
import { ExitCode, UsageError } from "../errors";
import { maxBytesOption } from "../options";
import { signalExitCode, watchStopSignals } from "../signals";
import { printablePath } from "../../output/printable";
import type { Case } from "../../case/types";
import type { PlannedAction } from "../../plan/types";


interface PlanOptions {
  format: "text" | "json";
  docx: boolean;
  out?: string;
  force: boolean;
  maxBytes: number;
}

export function registerPlan(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command("plan")
    .summary("list what to do now so that the orders are available at sentence")
    .description(
      "For a case not yet sentenced (charged, or convicted and awaiting sentence), lists what to do now so that a deprivation order, " +
        "and the orders that reach what it cannot, are available at sentence: item by item (seize it or record the defendant's possession, " +
        "have it examined for evidence of use, record its value, lawful material and owners, apply for it), then online copies and which order " +
        "or report will reach them, the complainant's views on a restraining order, and the dates by which drafts should be served. Each action " +
        "gives its reason and authority; an authority that is only reported, or not confirmed, says so, and every date it gives is a date to check.\n\n" +
        "A case whose `outcome` records the court's decisions is refused: it is past sentence (see `ancillary result`). When the court adjourned " +
        "an order, the plan goes on for it and leaves out the orders already decided.\n\n" +
        "A case need not be convicted: a deprivation application without a conviction, or an item with no evidence, is what the plan is for. " +
        "A case that does not read (YAML or schema errors), names a protected complainant, is outside England and Wales, or refers to ids " +
        "that do not exist is refused with its findings. The complainant appears only by cipher.\n\n" +
        "--docx --out <dir> also writes plan-checklist.docx, a checklist for the case file (one page for a case of a few items: actions that " +
        "ask the same of several items share a row): owner-only, written whole or not at all, never over an existing file without --force.\n\n" +
        "Exit code: 0 nothing outstanding, 1 actions remain (or the case is refused), 2 usage or I/O problem.",
    )
    .argument("<case.yaml>", "the case file")
    .addOption(new Option("--format <format>", "how to print the plan").choices(["text", "json"]).default("text"))
    .option("--docx", "also write plan-checklist.docx, a one-page checklist for the case file (needs --out)", false)
    .option("-o, --out <dir>", "folder to write the checklist into, with --docx (created if missing)")
    .option("-f, --force", "replace a checklist already in the folder", false)
    .addOption(maxBytesOption())
    .addHelpText(
      "after",
      "\nExamples:\n" +
        "  $ ancillary plan examples/at-charge-phone-not-yet-seized.yaml\n" +
        "  $ ancillary plan examples/at-charge-phone-not-yet-seized.yaml --format json\n" +
        "  $ ancillary plan examples/at-charge-phone-not-yet-seized.yaml --docx --out case-file/",
    )
    .action(async (filePath: string, options: PlanOptions) => {
      if (options.docx && options.out === undefined) throw new UsageError("--docx needs --out <dir>: name the folder to write the checklist into");
      if (!options.docx && options.out !== undefined) throw new UsageError("--out is for the checklist: add --docx to write it, or leave --out out");
      if (options.out === "") throw new UsageError("--out is empty: name the folder to write into (use --out . for the current folder)");
      const shown = printablePath(filePath);
      const { readAndAnalyse } = await import("../../pipeline/readAndAnalyse");
      const { formatReports } = await import("../../output/format");
      const { longDate } = await import("../../case/dates");
      const { orderName } = await import("../../case/orderNames");
      const { inWords } = await import("../../view/format");
      const analysis = await readAndAnalyse(filePath, { maxBytes: options.maxBytes });
      const { planWhatRemains, decidedSoFar, RULES_THAT_STOP_A_PLAN } = await import("../../plan/planCase");
      const stopping = analysis.diagnostics.filter((d) => d.severity === "error" && (analysis.case === undefined || RULES_THAT_STOP_A_PLAN.has(d.ruleId)));
      if (!analysis.case || stopping.length > 0) {
        io.err(formatReports([{ filePath, diagnostics: stopping }], options.format));
        io.err(`${shown}: not planned: fix the errors above first (run \`ancillary validate\` for every finding)\n`);
        setExit(ExitCode.caseErrors);
        return;
      }
      // A sentenced case is past planning, unless the court put an order off to another day.
      const soFar = decidedSoFar(analysis.case);
      if (soFar !== null && soFar.adjourned.length === 0) {
        io.err(
          `${shown}: not planned: the outcome records the court's decisions of ${longDate(soFar.date)}, so there is nothing left to prepare; ` +
            `a plan is for a case before sentence (for the record of what was decided, run \`ancillary result\`)\n`,
        );
        setExit(ExitCode.caseErrors);
        return;
      }
      if (soFar !== null && soFar.decided.length > 0) {
        io.err(`${shown}: the plan leaves out the ${inWords(soFar.decided.map(orderName))}, which the court decided on ${longDate(soFar.date)}\n`);
      }
      const { planned, actions } = planWhatRemains(analysis.case, soFar);
      const { formatPlanJson, formatPlanText } = await import("../../plan/format");
      io.out(options.format === "json" ? formatPlanJson(filePath, actions) : formatPlanText(filePath, planned.hearing.date, actions));
      const outcome = actions.length === 0 ? ExitCode.ok : ExitCode.caseErrors;
      setExit(options.docx ? Math.max(outcome, await writeChecklist(planned, actions, options, io)) : outcome);
    });
}

/** Writes plan-checklist.docx into --out, whole or not at all; returns the exit code of the writing. */
async function writeChecklist(theCase: Case, actions: PlannedAction[], options: PlanOptions, io: CliIO): Promise<number> {
  const { renderChecklist } = await import("../../plan/checklist");
  const { layOut } = await import("../../pipeline/draftCase");
  const { openOutFolder } = await import("../../files/outFolder");
  const { writeOutputs, WriteAborted } = await import("../../files/writeOutputs");
  const files = renderChecklist(theCase, actions).map((doc) => ({ fileName: doc.fileName, bytes: layOut(doc) }));
  const stop = watchStopSignals();
  let folder: ReturnType<typeof openOutFolder> | undefined;
  try {
    folder = openOutFolder(options.out!, "plan");
    const written = await writeOutputs(folder.dir, files, { force: options.force, signal: stop.signal });
    for (const file of written) io.err(`${file.outcome === "replaced" ? "replaced" : "wrote"} ${printablePath(file.path)}\n`);
    return ExitCode.ok;
  } catch (error) {
    if (!(error instanceof WriteAborted)) throw error;
    io.err(`${printablePath(options.out!)}: ${error.message}\n`);
    return signalExitCode(error.reason);
  } finally {
    folder?.close();
    stop.dispose();
  }
}
