import { availableParallelism } from "node:os";
import { Option, type Command } from "commander";
import type { CliIO } from "../io";
import { formatOption, maxBytesOption, positiveInteger, type ReportFormat } from "../options";
import { parseShard, type Shard } from "../../batch/shard";
import type { BatchCounts, BatchOutcome } from "../../batch/runBatch";

interface BatchCommandOptions {
  out: string;
  jobs: number;
  force: boolean;
  resume: boolean;
  shard?: Shard;
  quiet: boolean;
  format: Exclude<ReportFormat, "sarif">;
  maxBytes: number;
}

const STOP_SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM"];

export function registerBatch(program: Command, io: CliIO, setExit: (code: number) => void): void {
  const cores = availableParallelism();
  program
    .command("batch")
    .summary("draft many cases at once, on every core, with a manifest of what was written")
    .description(
      "Drafts every case it is given as `draft` does, each into its own folder under --out named from the " +
        "case's reference (REF, then REF-2, REF-3 when references repeat). A case with errors is reported and " +
        "skipped; the others are drafted.\n\n" +
        "--out/manifest.json records each case: its input (relative to the current folder) and the input's SHA-256, its status (drafted, failed " +
        "or skipped), its findings, and every document with its SHA-256. It is rewritten as cases finish, so " +
        "even after Ctrl-C it is valid and lists exactly what was written.\n\n" +
        "Documents are written to a temporary name and renamed into place, owner-only (files 0600, folders " +
        "0700), and never replace existing files without --force. Ctrl-C stops cleanly: the documents being " +
        "written are finished, nothing is left half-written, and --resume carries on later.\n\n" +
        "Exit code: 0 every case drafted (or skipped as unchanged), 1 a case has errors, 2 usage or I/O " +
        "problem (an unreadable case file, a document that could not be written), 130 stopped by Ctrl-C " +
        "(143 by SIGTERM).",
    )
    .argument("<inputs...>", "case files, folders (searched for *.yaml and *.yml) or quoted globs")
    .requiredOption("-o, --out <dir>", "folder to write the case folders and manifest.json into (created if missing)")
    .addOption(new Option("-j, --jobs <n>", "worker threads; with 2 or more, half check and render cases and half lay out their DOCX").argParser(positiveInteger("--jobs")).default(cores, `${cores}, the number of cores`))
    .option("-f, --force", "replace documents (and a manifest) already in --out", false)
    .option("--resume", "carry on a batch in --out (run from the same folder): skip cases whose input and documents match its manifest", false)
    .option("--shard <i/n>", "draft only part i of n of the inputs (for splitting one batch across CI jobs)", parseShard)
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
        "                                                        or changed since manifest.json was written\n" +
        "  $ ancillary batch cases/ --out out-2/ --shard 2/3     on the second of three machines or CI jobs;\n" +
        "                                                        the others run 1/3 and 3/3, each into its own --out\n" +
        "\n" +
        "Shards split the sorted list of inputs (every third case, for n = 3), so every machine given the same\n" +
        "inputs picks the same cases, and the n shards together draft each case exactly once.\n" +
        "After a hard kill (kill -9, power cut) the cases written in the last moments may be on disk but not in\n" +
        "the manifest; `--resume` then reports their folders as not written by this batch, and\n" +
        "`--resume --force` redrafts them.",
    )
    .action(async (inputs: string[], options: BatchCommandOptions) => {
      // Loaded here, not at start-up, so `validate` and `--help` stay quick.
      const { runBatch } = await import("../../batch/runBatch");
      const progress = io.interactive && !options.quiet ? await progressBar() : undefined;
      const controller = new AbortController();
      const onSignal = (signal: NodeJS.Signals) => {
        if (!controller.signal.aborted) controller.abort(signal);
      };
      for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
      let outcome: BatchOutcome;
      try {
        outcome = await runBatch({
          args: inputs,
          out: options.out,
          jobs: options.jobs,
          force: options.force,
          resume: options.resume,
          shard: options.shard,
          maxBytes: options.maxBytes,
          stop: controller.signal,
          onStart: (total) => progress?.start(total),
          onCase: (counts) => progress?.update(counts),
        });
      } finally {
        progress?.stop();
        for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
      }
      if (options.format === "json") io.out(jsonSummary(outcome));
      else {
        if (!options.quiet) io.err(failureLines(outcome));
        io.out(textSummary(outcome));
      }
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

function failureLines(outcome: BatchOutcome): string {
  const lines: string[] = [];
  for (const failure of outcome.failures) {
    for (const d of failure.diagnostics) {
      if (d.severity === "error") lines.push(`${failure.input}:${d.line}:${d.column} error [${d.ruleId}] ${d.message}${d.citation ? ` (${d.citation})` : ""}`);
    }
    if (failure.error !== null) lines.push(`${failure.input}: ${failure.error}`);
  }
  if (outcome.failed > outcome.failures.length) lines.push(`... and ${outcome.failed - outcome.failures.length} more failed cases: see ${outcome.manifestPath}`);
  return lines.length === 0 ? "" : lines.join("\n") + "\n";
}

function textSummary(outcome: BatchOutcome): string {
  const rate = outcome.seconds > 0 && outcome.done > 0 ? `, ${Math.round(outcome.done / outcome.seconds)} cases/s` : "";
  const lines = [
    `${outcome.drafted} drafted, ${outcome.failed} failed, ${outcome.skipped} skipped of ${plural(outcome.total, "case")} in ${duration(outcome.seconds)}${rate}`,
  ];
  if (outcome.interrupted !== null) {
    lines.push(`stopped by ${outcome.interrupted}: ${plural(outcome.notRun, "case")} not drafted; run the same command with --resume to finish`);
  }
  lines.push(`manifest: ${outcome.manifestPath}`);
  return lines.join("\n") + "\n";
}

function jsonSummary(outcome: BatchOutcome): string {
  return (
    JSON.stringify(
      {
        total: outcome.total,
        drafted: outcome.drafted,
        failed: outcome.failed,
        skipped: outcome.skipped,
        notRun: outcome.notRun,
        seconds: Math.round(outcome.seconds * 1000) / 1000,
        interrupted: outcome.interrupted,
        manifest: outcome.manifestPath,
        failures: outcome.failures.map((f) => ({
          input: f.input,
          kind: f.kind,
          error: f.error,
          messages: f.diagnostics.map((d) => ({ ruleId: d.ruleId, severity: d.severity, message: d.message, line: d.line, column: d.column, citation: d.citation ?? null, hint: d.hint ?? null })),
        })),
      },
      null,
      2,
    ) + "\n"
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}
