import { availableParallelism } from "node:os";
import type { Command } from "../../vendor/commander";
import type { CliIO } from "../io";
import { UsageError } from "../errors";
import { formatOption, jobsOption, maxBytesOption, type ReportFormat } from "../options";
import { watchStopSignals } from "../signals";
import type { Shard } from "../../batch/shard";
import type { BatchCounts, BatchOutcome } from "../../batch/runBatch";
import { printablePath, terminalSafeJson } from "../../output/printable";

interface BatchCommandOptions {
  out: string;
  jobs?: number;
  force: boolean;
  resume: boolean;
  shard?: Shard;
  quiet: boolean;
  format: Exclude<ReportFormat, "sarif">;
  maxBytes: number;
  confidentialSchedule: boolean;
}

/** Findings (and failure messages) printed at the end of a batch; the manifest has every one. */
const PRINTED_FINDINGS = 200;

export function registerBatch(program: Command, io: CliIO, setExit: (code: number) => void): void {
  const cores = availableParallelism();
  program
    .command("batch")
    .summary("draft many cases at once, on every core, with a manifest of what was written")
    .description(
      "Drafts every case it is given as `draft` does, each into its own folder under --out named from the " +
        "case's reference (REF, then REF-2, REF-3 when references repeat). A case with errors is reported and " +
        "skipped; the others are drafted. Each case's findings (errors, warnings and notes) are printed at the " +
        `end, as draft prints them, up to ${PRINTED_FINDINGS}; the manifest has every one.\n\n` +
        "--out/manifest.jsonl (JSON Lines) records the run and each case: a header line (the tool's version, " +
        "when the run started, its options), then a line for each case as its documents are written: its input " +
        "(relative to the --out folder, so --resume works from any folder) and the input's SHA-256, its status " +
        "(drafted, failed or skipped), its findings, every document with its SHA-256, and the version of " +
        "ancillary and digests of the templates and law table that drafted it, and whether " +
        "--confidential-schedule was given; then a summary line when the run ends. Lines are only appended, so " +
        "even after Ctrl-C it lists exactly what was written (after a hard kill, a torn last line is ignored). " +
        "--resume reads a manifest.json of an earlier version too, and writes manifest.jsonl in its place. A case file whose name (or a folder in its path) contains a protected complainant's " +
        "name is refused, and recorded with that part withheld: rename it.\n\n" +
        "Each case's documents are written as one set, whole or not at all, owner-only (files 0600, folders " +
        "0700), and never replace existing files without --force. One run writes into a folder at a time: a " +
        "second is refused. Ctrl-C (or SIGTERM, or SIGHUP when the terminal closes) stops cleanly: the documents " +
        "being written are finished, nothing is left half-written, and --resume carries on later.\n\n" +
        "Exit code: 0 every case drafted (or skipped as unchanged), 1 a case has errors, 2 usage or I/O " +
        "problem (an unreadable case file, a document that could not be written), 130 stopped by Ctrl-C " +
        "(143 by SIGTERM, 129 by SIGHUP).",
    )
    .argument("<inputs...>", "case files, folders (searched for *.yaml and *.yml) or quoted globs")
    .requiredOption("-o, --out <dir>", "folder to write the case folders and manifest.jsonl into (created if missing)")
    .addOption(jobsOption("worker threads; with 2 or more, half check and render cases and half lay out their DOCX; never more than the cores or the cases", cores))
    .option("-f, --force", "replace documents (and a manifest) already in --out", false)
    .option("--resume", "carry on a batch in --out: skip cases whose input and documents match its manifest; redraft those drafted by another version, templates or law", false)
    .option("--shard <i/n>", "draft only part i of n of the inputs (for splitting one batch across CI jobs)", shardOption)
    .option(
      "--confidential-schedule",
      "also write, into each case's folder, the documents an order keeps confidential, such as a schedule naming whom it protects: marked not for publication, never written without this flag, with a warning each run; on --resume, giving or dropping it redrafts each case",
      false,
    )
    .option("-q, --quiet", "no progress bar and no per-case findings: only the summary (the manifest has the rest)", false)
    .addOption(formatOption(["text", "json"]))
    .addOption(maxBytesOption())
    .addHelpText(
      "after",
      "\nExamples:\n" +
        "  $ ancillary batch cases/ --out out/                   every *.yaml and *.yml under cases/\n" +
        "  $ ancillary batch 'cases/2026-09-*/*.yaml' --out out/ a glob: quote it, ancillary expands it\n" +
        "  $ ancillary batch a.yaml b.yaml --out out/ --jobs 1   named files, one at a time\n" +
        "  $ ancillary batch cases/ --out out/ --resume          after Ctrl-C or edits: drafts only what is new\n" +
        "                                                        or changed since manifest.jsonl was written\n" +
        "  $ ancillary batch cases/ --out out-2/ --shard 2/3     on the second of three machines or CI jobs;\n" +
        "                                                        the others run 1/3 and 3/3, each into its own --out\n" +
        "\n" +
        "Shards split the sorted list of inputs (every third case, for n = 3), so every machine given the same\n" +
        "inputs picks the same cases, and the n shards together draft each case exactly once.\n" +
        "After a hard kill (kill -9, power cut) the cases written in the last moments may be on disk but not in\n" +
        "the manifest; `--resume` keeps the documents there that are exactly what it would write, refuses a\n" +
        "folder holding anything else (`--resume --force` redrafts it), and removes what the killed run left\n" +
        "half-done (its staging folder, a temporary manifest, its lock).",
    )
    .action(async (inputs: string[], options: BatchCommandOptions) => {
      if (options.out === "") throw new UsageError("--out is empty: name the folder to write into (use --out . for the current folder)");
      // A template that cannot be drafted with is one line and exit 2 before any case starts, not a failure per case.
      (await import("../../render/templates")).checkTemplates();
      // Loaded here, not at start-up, so `validate` and `--help` stay quick.
      const { runBatchOnThread } = await import("../../batch/runBatchOnThread");
      const progress = io.interactive && !options.quiet ? await progressBar() : undefined;
      const stop = watchStopSignals();
      let outcome: BatchOutcome;
      try {
        outcome = await runBatchOnThread({
          args: inputs,
          out: options.out,
          jobs: options.jobs,
          force: options.force,
          resume: options.resume,
          shard: options.shard,
          maxBytes: options.maxBytes,
          confidentialSchedule: options.confidentialSchedule,
          stop: stop.signal,
          onStart: (total) => progress?.start(total),
          onCase: (counts) => progress?.update(counts),
        });
      } finally {
        progress?.stop();
        stop.dispose();
      }
      if (options.format === "json") io.out(jsonSummary(outcome));
      else {
        if (!options.quiet) io.err(caseLines(outcome));
        io.out(textSummary(outcome, options.confidentialSchedule));
      }
      // Printed whatever the format and however quiet: someone must know these files are in --out.
      if (options.confidentialSchedule) io.err(confidentialLines(outcome));
      setExit(outcome.exitCode);
    });
}

interface Progress {
  start(total: number): void;
  update(counts: BatchCounts): void;
  stop(): void;
}

/** cli-progress on stderr, loaded only when someone is watching. */
async function progressBar(): Promise<Progress> {
  const { SingleBar } = await import("cli-progress");
  const bar = new SingleBar({
    format: "drafting |{bar}| {value}/{total} cases | {failed} failed | {skipped} skipped | ETA {eta_formatted}",
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: true,
    barsize: 30,
    fps: 10,
    etaBuffer: 200,
  });
  let started = false;
  return {
    start(total) {
      started = true;
      bar.start(total, 0, { failed: 0, skipped: 0 });
    },
    update(counts) {
      bar.update(counts.done, { failed: counts.failed, skipped: counts.skipped });
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}

/**
 * Each case's findings as `draft` prints them (errors, warnings and notes, each
 * with its hint) and why a case failed, in input order, up to PRINTED_FINDINGS:
 * a batch of thousands must not flood the terminal; the manifest has the rest.
 */
function caseLines(outcome: BatchOutcome): string {
  const lines: string[] = [];
  let printed = 0;
  for (const report of outcome.reports) {
    const input = printablePath(report.input);
    for (const d of report.diagnostics) {
      if (printed >= PRINTED_FINDINGS) break;
      printed++;
      lines.push(`${input}:${d.line}:${d.column} ${d.severity} [${d.ruleId}] ${d.message}${d.citation ? ` (${d.citation})` : ""}`);
      if (d.hint) lines.push(`  hint: ${d.hint}`);
    }
    if (report.error !== null && printed < PRINTED_FINDINGS) {
      printed++;
      lines.push(`${input}: ${report.error}`);
    }
  }
  const total = outcome.findings.error + outcome.findings.warning + outcome.findings.info + outcome.failureMessages;
  if (total > printed) lines.push(`... and ${total - printed} more not shown (${total} in all): every case's findings are in ${printablePath(outcome.manifestPath)}`);
  return lines.length === 0 ? "" : lines.join("\n") + "\n";
}

function textSummary(outcome: BatchOutcome, confidentialSchedule: boolean): string {
  const rate = outcome.seconds > 0 && outcome.done > 0 ? `, ${Math.round(outcome.done / outcome.seconds)} cases/s` : "";
  const { error, warning, info } = outcome.findings;
  const lines = [
    `${outcome.drafted} drafted, ${outcome.failed} failed, ${outcome.skipped} skipped of ${plural(outcome.total, "case")} in ${duration(outcome.seconds)}${rate}`,
    `findings: ${plural(error, "error")}, ${plural(warning, "warning")}, ${plural(info, "note")}`,
  ];
  if (outcome.redrafted.otherVersion > 0) lines.push(`${plural(outcome.redrafted.otherVersion, "case")} redrafted: drafted by another version of ancillary`);
  if (outcome.redrafted.templatesOrLaw > 0) lines.push(`${plural(outcome.redrafted.templatesOrLaw, "case")} redrafted: templates or law changed`);
  if (outcome.redrafted.confidentialSchedule > 0) {
    const why = confidentialSchedule ? "drafted without --confidential-schedule, which is given now" : "drafted with --confidential-schedule, which is not given now (their confidential documents are removed)";
    lines.push(`${plural(outcome.redrafted.confidentialSchedule, "case")} redrafted: ${why}`);
  }
  if (outcome.interrupted !== null) {
    lines.push(`stopped by ${outcome.interrupted}: ${plural(outcome.notRun, "case")} not drafted; run the same command with --resume to finish`);
  }
  lines.push(`manifest: ${printablePath(outcome.manifestPath)}`);
  return lines.join("\n") + "\n";
}

/** What --confidential-schedule wrote: each order's warning, every run that writes one; or that no case had one to write. */
function confidentialLines(outcome: BatchOutcome): string {
  const { cases, warnings } = outcome.confidential;
  if (cases === 0) return "--confidential-schedule: no case drafted in this run applies for an order that keeps a confidential schedule, so none was written\n";
  return warnings.map((warning) => `warning: ${warning} (written into ${plural(cases, "case folder")} in this run)\n`).join("");
}

function jsonSummary(outcome: BatchOutcome): string {
  const report = (r: BatchOutcome["reports"][number]) => ({
    input: r.input,
    status: r.status,
    kind: r.kind,
    error: r.error,
    messages: r.diagnostics.map((d) => ({ ruleId: d.ruleId, severity: d.severity, message: d.message, line: d.line, column: d.column, citation: d.citation ?? null, hint: d.hint ?? null })),
  });
  const json = JSON.stringify(
    {
      total: outcome.total,
      drafted: outcome.drafted,
      failed: outcome.failed,
      skipped: outcome.skipped,
      notRun: outcome.notRun,
      seconds: Math.round(outcome.seconds * 1000) / 1000,
      interrupted: outcome.interrupted,
      manifest: outcome.manifestPath,
      findings: outcome.findings,
      redrafted: outcome.redrafted,
      confidentialDocuments: outcome.confidential.cases,
      failures: outcome.reports.filter((r) => r.status === "failed").map(report),
      draftedWithFindings: outcome.reports.filter((r) => r.status !== "failed").map(report),
      unlisted: outcome.unlisted,
    },
    null,
    2,
  );
  return terminalSafeJson(json) + "\n";
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}

/** --shard's parser, loaded when the option is given, so a batch without it (and every other command) loads none of src/batch/shard.ts. */
function shardOption(text: string): Shard {
  return (require("../../batch/shard") as typeof import("../../batch/shard")).parseShard(text);
}
