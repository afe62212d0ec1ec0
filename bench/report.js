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
 * references, a hundred to a folder. The two commands run alternately, after
 * one warm-up of each, so a busy moment on the machine hits all alike; the
 * line gives each one's median wall time and the median and range of the
 * ratios, run by run, and report's cases a second beside batch's goal.
 * Builds nothing: run `npm run build` first. Writes only under the system's
 * temporary folder, and removes what it wrote.
 */
const { spawnSync } = require("node:child_process");
const { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } = require("node:fs");
const { availableParallelism, loadavg, tmpdir } = require("node:os");
const { join, relative } = require("node:path");
const { failer, median, printHelp, wholeNumber } = require("./common");

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
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (!allowed.includes(result.status)) throw new Error(`ancillary ${args[0]} exited ${result.status}: ${(result.stderr || "").split("\n")[0]}`);
  return { seconds, stdout: result.stdout };
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), "ancillary-bench-report-"));
  const load = loadavg()[0];
  try {
    const files = makeCases(dir, options.cases).map((f) => relative(dir, f));
    const report = () => timed(["report", ".", "--format", "json"], dir);
    // validate prints a line a finding: its text goes to a pipe the bench reads, as report's JSON does.
    const validate = () => timed(["validate", ...files], dir);
    const counted = JSON.parse(report().stdout).cases;
    if (counted !== options.cases) throw new Error(`report counted ${counted} of ${options.cases} cases`);
    validate();
    // batch drafts and writes every document too: the speed the report is held to, into a fresh folder each run.
    let batchRun = 0;
    const batch = () => {
      const out = join(tmpdir(), `ancillary-bench-report-out-${process.pid}-${batchRun++}`);
      try {
        return timed(["batch", ".", "--out", out, "--quiet"], dir, [0, 1]);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    };
    const pairs = [];
    for (let run = 0; run < options.runs; run++) {
      const order = run % 2 === 0 ? [report, validate, batch] : [batch, validate, report];
      const times = new Map(order.map((step) => [step, step().seconds]));
      const [r, v, b] = [times.get(report), times.get(validate), times.get(batch)];
      pairs.push({ report: r, validate: v, batch: b, ratio: r / v, batchRatio: r / b });
      process.stdout.write(`  run ${run + 1}: report ${r.toFixed(2)} s, validate ${v.toFixed(2)} s, batch ${b.toFixed(2)} s; report/validate ${(r / v).toFixed(3)}, report/batch ${(r / b).toFixed(3)}\n`);
    }
    const batchRatios = pairs.map((p) => p.batchRatio);
    const ratios = pairs.map((p) => p.ratio);
    const reportMedian = median(pairs.map((p) => p.report));
    process.stdout.write(
      `report of ${options.cases} cases: ${reportMedian.toFixed(2)} s (median of ${options.runs}), ${(options.cases / reportMedian).toFixed(0)} cases/s ` +
        `(batch's goal: ${BATCH_GOAL_CASES_PER_SECOND}); validate of the same files: ${median(pairs.map((p) => p.validate)).toFixed(2)} s; ` +
        `ratio report/validate ${median(ratios).toFixed(3)} (range ${Math.min(...ratios).toFixed(3)}-${Math.max(...ratios).toFixed(3)}); ` +
        `ratio report/batch ${median(batchRatios).toFixed(3)} (range ${Math.min(...batchRatios).toFixed(3)}-${Math.max(...batchRatios).toFixed(3)}); load at start ${load.toFixed(2)}\n`,
    );
    if (load > availableParallelism() / 2) process.stdout.write(`note: the machine was busy when the bench started (load ${load.toFixed(2)}); figures may be low.\n`);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    fail(error.message);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
