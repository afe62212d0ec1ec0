#!/usr/bin/env node
"use strict";
/**
 * `npm run bench:report`: measures `ancillary report` over many cases against
 * the floor of `ancillary validate` over the same files (the same reading,
 * parsing, schema and rules, with nothing counted) and against `ancillary
 * batch` over them (which drafts and writes every document as well, on every
 * core), driving the built CLI.
 *
 *   node bench/report.js [--runs 5] [--cases 10000]
 *
 * The cases are the twenty of examples/report, copied with their own
 * references, a hundred to a folder. Report (with its default threads, and on
 * one thread), validate and batch run in turn, forwards then backwards, after
 * one warm-up of each, so a busy moment on the machine hits all alike; the
 * lines give report's median wall time and cases a second beside batch's goal,
 * and the median and range of each ratio, run by run, of wall time and (with
 * GNU time) of CPU time over all threads.
 * Builds nothing: run `npm run build` first. Writes only under the system's
 * temporary folder, and removes what it wrote.
 */
const { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } = require("node:fs");
const { availableParallelism, loadavg, tmpdir } = require("node:os");
const { join, relative } = require("node:path");
const { failer, median, printHelp, spread, timeProcess, wholeNumber } = require("./common");

const root = join(__dirname, "..");
const bin = join(root, "bin", "ancillary.js");
const examples = join(root, "examples", "report");
const fail = failer("bench/report.js");
/** bench/README.md's goal for batch, which also drafts and writes every document. */
const BATCH_GOAL_CASES_PER_SECOND = 250;

function parseArgs(argv) {
  const options = { runs: 5, cases: 10000 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === "--help" || flag === "-h") printHelp(__filename);
    else if (flag === "--runs") options.runs = wholeNumber(flag, argv[++i], fail);
    else if (flag === "--cases") options.cases = wholeNumber(flag, argv[++i], fail);
    else fail(`unknown option ${flag}: see --help`);
  }
  return options;
}

function makeCases(dir, count) {
  const sources = readdirSync(examples).filter((f) => f.endsWith(".yaml")).sort().map((f) => readFileSync(join(examples, f), "utf8"));
  const files = [];
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `area-${String(Math.floor(i / 100)).padStart(3, "0")}`);
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    const file = join(sub, `case-${String(i).padStart(5, "0")}.yaml`);
    writeFileSync(file, sources[i % sources.length].replace(/^reference: .*$/m, `reference: 41BR${String(i).padStart(7, "0")}`));
    files.push(file);
  }
  return files;
}

/** Runs the CLI; `allowed` exit codes are those the cases give (batch exits 1 for the examples that apply for no order). */
function timed(args, cwd, allowed = [0]) {
  const run = timeProcess([process.execPath, bin, ...args], { cwd });
  if (!allowed.includes(run.status)) throw new Error(`ancillary ${args[0]} exited ${run.status}: ${(run.stderr || "").split("\n")[0]}`);
  return run;
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), "ancillary-bench-report-"));
  const load = loadavg()[0];
  try {
    const files = makeCases(dir, options.cases).map((f) => relative(dir, f));
    const steps = {
      // report with its default threads (one a core), and on one thread: what the threads buy.
      report: () => timed(["report", ".", "--format", "json"], dir),
      "report -j 1": () => timed(["report", ".", "--format", "json", "--jobs", "1"], dir),
      // validate prints a line a finding: its text goes to a pipe the bench reads, as report's JSON does.
      validate: () => timed(["validate", ...files], dir),
      // batch drafts and writes every document too: the speed the report is held to, into a fresh folder each run.
      batch: () => {
        const out = join(tmpdir(), `ancillary-bench-report-out-${process.pid}-${batchRun++}`);
        try {
          return timed(["batch", ".", "--out", out, "--quiet"], dir, [0, 1]);
        } finally {
          rmSync(out, { recursive: true, force: true });
        }
      },
    };
    let batchRun = 0;
    const names = Object.keys(steps);
    const counted = JSON.parse(steps.report().stdout).cases;
    if (counted !== options.cases) throw new Error(`report counted ${counted} of ${options.cases} cases`);
    for (const name of names.slice(1)) steps[name]();
    const runs = [];
    for (let run = 0; run < options.runs; run++) {
      // Forwards on even runs, backwards on odd ones, so a busy moment hits every step alike.
      const order = run % 2 === 0 ? names : [...names].reverse();
      const times = Object.fromEntries(order.map((name) => [name, steps[name]()]));
      runs.push(times);
      process.stdout.write(
        `  run ${run + 1}: ${names.map((n) => `${n} ${times[n].seconds.toFixed(2)} s (${times[n].cpu === undefined ? "?" : times[n].cpu.toFixed(2)} s CPU)`).join(", ")}; load ${loadavg()[0].toFixed(2)}\n`,
      );
    }
    const ratio = (a, b, what) => runs.map((t) => t[a][what] / t[b][what]);
    const reportMedian = median(runs.map((t) => t.report.seconds));
    const lines = [
      `report of ${options.cases} cases: ${reportMedian.toFixed(2)} s wall (median of ${options.runs}), ${(options.cases / reportMedian).toFixed(0)} cases/s (batch's goal: ${BATCH_GOAL_CASES_PER_SECOND})`,
      `  report/batch, wall: ${spread(ratio("report", "batch", "seconds"), 3)}`,
      `  report/validate, wall: ${spread(ratio("report", "validate", "seconds"), 3)}`,
      `  report/(report -j 1), wall: ${spread(ratio("report", "report -j 1", "seconds"), 3)}`,
    ];
    if (runs[0].report.cpu !== undefined) {
      lines.push(`  report/batch, CPU: ${spread(ratio("report", "batch", "cpu"), 3)}`, `  report/(report -j 1), CPU: ${spread(ratio("report", "report -j 1", "cpu"), 3)}`);
    } else lines.push("  (no CPU figures: install GNU time, Debian package `time`)");
    lines.push(`  load at start ${load.toFixed(2)}, ${availableParallelism()} cores`);
    process.stdout.write(lines.join("\n") + "\n");
    if (load > availableParallelism() / 2) process.stdout.write(`note: the machine was busy when the bench started (load ${load.toFixed(2)}); figures may be low.\n`);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    fail(error.message);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
