#!/usr/bin/env node
"use strict";
/**
 * `npm run bench`: measures `ancillary batch` and `ancillary validate` against the
 * goals in bench/README.md, driving the built CLI (dist/) as a user would.
 *
 *   node bench/run.js [--runs 5] [--cases 1000] [--big 10000] [--only throughput,floor,memory,validate,pandoc,worker]
 *
 * Builds nothing: run `npm run build` first. Writes only under the system's
 * temporary folder, and removes what it wrote.
 */
const { spawn, spawnSync } = require("node:child_process");
const { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } = require("node:fs");
const { availableParallelism, cpus, loadavg, tmpdir, totalmem } = require("node:os");
const { join } = require("node:path");
const { GNU_TIME, failer, median, printHelp, spread, timeProcess, wholeNumber } = require("./common");

const root = join(__dirname, "..");
const bin = join(root, "bin", "ancillary.js");
const example = join(root, "examples", "threat-to-control-former-partner.yaml");

const GOALS = {
  casesPerSecond: 250,
  peakMegabytes: 300,
  validateRatio: 2.5,
  pandocSpeedup: 10,
  floorCpuRatio: 6,
};

const STEPS = ["throughput", "floor", "memory", "validate", "pandoc", "worker"];

function parseArgs(argv) {
  const options = { runs: 5, cases: 1000, big: 10000, validateRuns: 11, pandocRuns: 11, only: [...STEPS] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === "--help" || flag === "-h") printHelp(__filename);
    else if (flag === "--runs") options.runs = wholeNumber(flag, value, fail);
    else if (flag === "--cases") options.cases = wholeNumber(flag, value, fail);
    else if (flag === "--big") options.big = wholeNumber(flag, value, fail);
    else if (flag === "--only") {
      options.only = String(value).split(",");
      const unknown = options.only.filter((step) => !STEPS.includes(step));
      if (unknown.length > 0) fail(`--only takes ${STEPS.join(", ")}, not ${unknown.join(", ")}`);
    }
    else fail(`unknown option ${flag} (see --help)`);
    i++;
  }
  return options;
}

const fail = failer("bench");

// ---------------------------------------------------------------------------
// Generated cases: the example with a different reference, court, value and
// defendant each time, so no two cases produce the same documents.

const COURTS = ["Luton", "Bedford", "St Albans", "Watford", "Stevenage", "Aylesbury", "High Wycombe", "Milton Keynes", "Oxford", "Reading"];
const SURNAMES = ["OAKES", "HARROW", "FENWICK", "ASHDOWN", "KILBY", "MORLAND", "PRESTWICH", "TALBOT", "WARDLE", "YELLAND"];
const FORENAMES = ["Martin", "Daniel", "Craig", "Lee", "Stuart", "Gavin", "Neil", "Paul", "Ryan", "Wayne"];

function generateCases(dir, count) {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const template = readFileSync(example, "utf8");
  if (!template.includes('reference: "41LN0456726"')) fail("the example no longer has the reference this bench replaces; update bench/run.js");
  for (let i = 0; i < count; i++) {
    const text = template
      .replace('reference: "41LN0456726"', `reference: "41LN${String(1000000 + i).padStart(7, "0")}"`)
      .replace("location: Luton", `location: ${COURTS[i % COURTS.length]}`)
      .replace("name: Martin OAKES", `name: ${FORENAMES[i % FORENAMES.length]} ${SURNAMES[Math.floor(i / FORENAMES.length) % SURNAMES.length]}`)
      .replace("amount: 180", `amount: ${50 + ((i * 37) % 900)}`);
    // A hundred cases a folder, as a regional office might file them.
    const sub = join(dir, `list-${String(Math.floor(i / 100)).padStart(3, "0")}`);
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `case-${String(i).padStart(5, "0")}.yaml`), text);
  }
}

// ---------------------------------------------------------------------------
// Measurements

function runBatch(casesDir, outDir, extra = []) {
  const run = timeProcess([process.execPath, bin, "batch", casesDir, "--out", outDir, "--quiet", "--format", "json", ...extra]);
  if (run.status !== 0) fail(`the batch failed (exit ${run.status}):\n${run.stderr}${run.stdout.slice(0, 2000)}`);
  return { seconds: run.seconds, cpu: run.cpu, kernel: run.kernel, peakKb: run.peakKb, summary: JSON.parse(run.stdout) };
}

function throughput(work, options, results) {
  const casesDir = join(work, `cases-${options.cases}`);
  generateCases(casesDir, options.cases);
  // Each run writes into a new folder, and the folders are removed only at the end:
  // deleting thousands of files just before creating thousands more makes ext4 search
  // its recently freed inodes, which would charge the bench's own clean-up to the batch.
  const outDir = (r) => join(work, `out-throughput-${r}`);
  // One warm-up run (disk cache, page cache for node_modules), not counted.
  runBatch(casesDir, outDir("warm-up"));
  const rates = [];
  const inner = [];
  const cpus = [];
  for (let r = 0; r < options.runs; r++) {
    const run = runBatch(casesDir, outDir(r));
    if (run.summary.drafted !== options.cases) fail(`expected ${options.cases} drafted, got ${run.summary.drafted}`);
    rates.push(options.cases / run.seconds);
    inner.push(options.cases / run.summary.seconds);
    if (run.cpu !== undefined) cpus.push(run.cpu / options.cases);
    // The kernel's share shows the disk's state: creating files right after a large delete costs several times more.
    const cpu = run.cpu === undefined ? "" : `, ${((run.cpu / options.cases) * 1000).toFixed(2)} ms CPU/case (${((run.kernel / options.cases) * 1000).toFixed(2)} in the kernel)`;
    log(`  batch of ${options.cases}: ${run.seconds.toFixed(2)} s wall, ${(options.cases / run.seconds).toFixed(0)} cases/s${cpu}, load ${loadavg()[0].toFixed(2)}`);
  }
  const rate = median(rates);
  results.push({
    measure: `batch, ${options.cases} cases (median of ${options.runs})`,
    value: `${rate.toFixed(0)} cases/s (${(1000 / rate).toFixed(2)} ms/case; range ${Math.min(...rates).toFixed(0)}-${Math.max(...rates).toFixed(0)})`,
    goal: `>= ${GOALS.casesPerSecond} cases/s`,
    pass: rate >= GOALS.casesPerSecond,
  });
  if (cpus.length > 0) {
    const cpu = median(cpus);
    const cores = availableParallelism();
    results.push({
      measure: `  CPU time per case, all threads (median)`,
      value: `${(cpu * 1000).toFixed(2)} ms: at most ${(cores / cpu).toFixed(0)} cases/s on ${cores} idle cores`,
      goal: `<= ${((cores / GOALS.casesPerSecond) * 1000).toFixed(1)} ms`,
      pass: cpu <= cores / GOALS.casesPerSecond,
    });
  }
  results.extra.batchSecondsPerCase = 1 / rate;
  const firstOut = outDir(0);
  results.extra.docsPerCase = readdirSync(join(firstOut, readdirSync(firstOut).find((n) => n !== "manifest.jsonl"))).filter((f) => f.endsWith(".docx")).length;
  results.extra.orderTexts = readdirSync(firstOut)
    .filter((n) => n !== "manifest.jsonl")
    .slice(0, options.pandocRuns)
    .map((folder) => join(firstOut, folder, "order.txt"));
  log(`  (time inside the batch, without process start-up: median ${median(inner).toFixed(0)} cases/s)`);
}

/**
 * The batch against its floor (bench/floor.js: the same inputs read, the same
 * bytes written into the same layout), against the floor plus compressing the
 * DOCX parts that differ from case to case, against both floors writing as our
 * file rules require (--atomic: staged, then linked into place), and against
 * itself on one thread (--jobs 1). The six run in turn, --runs rounds after a
 * warm-up round, so a busy moment hits all six; each ratio is taken within a round, and printed as
 * the median and range over the rounds.
 */
function floor(work, options, results) {
  const casesDir = join(work, `cases-${options.cases}`);
  if (!existsSync(casesDir)) generateCases(casesDir, options.cases);
  const reference = join(work, "out-floor-reference");
  runBatch(casesDir, reference);
  const floorRun = (out, extra) => {
    const run = timeProcess([process.execPath, join(__dirname, "floor.js"), reference, out, ...extra]);
    if (run.status !== 0) fail(`bench/floor.js failed (exit ${run.status}): ${run.stderr}`);
    const { load } = JSON.parse(run.stdout);
    // The floor loads the reference bytes first: that is not part of it.
    return { seconds: run.seconds - load.wallMs / 1000, cpu: run.cpu === undefined ? undefined : run.cpu - load.cpuMs / 1000 };
  };
  const kinds = {
    batch: (r) => runBatch(casesDir, join(work, `out-floor-batch-${r}`)),
    oneThread: (r) => runBatch(casesDir, join(work, `out-floor-one-${r}`), ["--jobs", "1"]),
    floor: (r) => floorRun(join(work, `out-floor-floor-${r}`), []),
    deflate: (r) => floorRun(join(work, `out-floor-deflate-${r}`), ["--deflate"]),
    atomic: (r) => floorRun(join(work, `out-floor-atomic-${r}`), ["--atomic"]),
    atomicDeflate: (r) => floorRun(join(work, `out-floor-atomic-deflate-${r}`), ["--atomic", "--deflate"]),
  };
  const ratios = { wallFloor: [], cpuFloor: [], cpuDeflate: [], cpuAtomic: [], cpuAtomicDeflate: [], wallOne: [], cpuOne: [] };
  for (let r = 0; r <= options.runs; r++) {
    const round = {};
    for (const [kind, run] of Object.entries(kinds)) round[kind] = run(r === 0 ? "warm-up" : r);
    if (r === 0) continue;
    const { batch, oneThread, floor: bare, deflate, atomic, atomicDeflate } = round;
    const cpu = (run) => (run.cpu === undefined ? "" : `, ${run.cpu.toFixed(2)} s CPU`);
    log(`  round ${r}: batch ${batch.seconds.toFixed(2)} s${cpu(batch)}; --jobs 1 ${oneThread.seconds.toFixed(2)} s${cpu(oneThread)}; floor ${bare.seconds.toFixed(2)} s${cpu(bare)}; floor + deflate ${deflate.seconds.toFixed(2)} s${cpu(deflate)}; atomic floor ${atomic.seconds.toFixed(2)} s${cpu(atomic)}; atomic floor + deflate ${atomicDeflate.seconds.toFixed(2)} s${cpu(atomicDeflate)}; load ${loadavg()[0].toFixed(2)}`);
    ratios.wallFloor.push(batch.seconds / bare.seconds);
    ratios.wallOne.push(batch.seconds / oneThread.seconds);
    if (batch.cpu !== undefined) {
      ratios.cpuFloor.push(batch.cpu / bare.cpu);
      ratios.cpuDeflate.push(batch.cpu / deflate.cpu);
      ratios.cpuAtomic.push(batch.cpu / atomic.cpu);
      ratios.cpuAtomicDeflate.push(batch.cpu / atomicDeflate.cpu);
      ratios.cpuOne.push(batch.cpu / oneThread.cpu);
    }
  }
  const rounds = `${options.cases} cases, ${options.runs} alternating rounds`;
  results.push({ measure: `batch / floor, wall (${rounds})`, value: spread(ratios.wallFloor), goal: "(how far from the floor)", pass: null });
  if (ratios.cpuFloor.length > 0) {
    results.push({ measure: `batch / floor, CPU`, value: spread(ratios.cpuFloor), goal: `<= ${GOALS.floorCpuRatio}`, pass: median(ratios.cpuFloor) <= GOALS.floorCpuRatio });
    results.push({ measure: `batch / (floor + deflate), CPU`, value: spread(ratios.cpuDeflate), goal: "(how far from the floor)", pass: null });
    results.push({ measure: `batch / atomic floor, CPU`, value: spread(ratios.cpuAtomic), goal: "(the floor writing as our file rules require)", pass: null });
    results.push({ measure: `batch / (atomic floor + deflate), CPU`, value: spread(ratios.cpuAtomicDeflate), goal: "(how far from it)", pass: null });
  }
  results.push({ measure: `batch / --jobs 1, wall`, value: spread(ratios.wallOne), goal: "<= 1.00 (never slower than one thread)", pass: median(ratios.wallOne) <= 1 });
  if (ratios.cpuOne.length > 0) results.push({ measure: `batch / --jobs 1, CPU`, value: spread(ratios.cpuOne), goal: "(what the threads cost)", pass: null });
}

/** Peak resident memory of the whole batch: one process, so its RSS counts the main thread and every worker. */
async function memory(work, options, results) {
  const casesDir = join(work, `cases-${options.big}`);
  generateCases(casesDir, options.big);
  const outDir = join(work, "out-memory");
  const args = [process.execPath, bin, "batch", casesDir, "--out", outDir, "--quiet", "--format", "json"];
  let peakKb;
  let seconds;
  let how;
  if (GNU_TIME) {
    const run = timeProcess(args);
    if (run.status !== 0) fail(`the ${options.big}-case batch failed (exit ${run.status}):\n${run.stderr.slice(0, 4000)}`);
    ({ peakKb, seconds } = run);
    how = "GNU time";
  } else {
    log("  /usr/bin/time is missing (Debian package `time`): sampling /proc/<pid>/status instead");
    ({ peakKb, seconds } = await sampleProc(args));
    how = "sampled VmHWM";
  }
  const mb = peakKb / 1024;
  log(`  batch of ${options.big}: ${seconds.toFixed(1)} s, peak ${mb.toFixed(0)} MB`);
  results.push({
    measure: `batch, ${options.big} cases: peak RSS (${how})`,
    value: `${mb.toFixed(0)} MB (${(options.big / seconds).toFixed(0)} cases/s)`,
    goal: `< ${GOALS.peakMegabytes} MB`,
    pass: mb < GOALS.peakMegabytes,
  });
}

function sampleProc(args) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(args[0], args.slice(1), { stdio: ["ignore", "ignore", "inherit"] });
    let peakKb = 0;
    const sample = () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
        const hwm = /VmHWM:\s+(\d+)/.exec(status) ?? /VmRSS:\s+(\d+)/.exec(status);
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
      } catch {
        /* gone */
      }
    };
    const timer = setInterval(sample, 20);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`the batch failed (exit ${code})`));
      else resolve({ peakKb, seconds: Number(process.hrtime.bigint() - started) / 1e9 });
    });
  });
}

function validate(work, options, results) {
  const one = join(work, "one.yaml");
  writeFileSync(one, readFileSync(example));
  const node = [];
  const ours = [];
  // Alternate the two, so a busy moment on the machine hits both alike.
  for (let r = 0; r < options.validateRuns + 1; r++) {
    const base = timeProcess([process.execPath, "-e", "0"]);
    const run = timeProcess([process.execPath, bin, "validate", one]);
    if (run.status !== 0) fail(`validate failed (exit ${run.status}): ${run.stderr}`);
    if (r === 0) continue; // warm-up
    node.push(base.seconds);
    ours.push(run.seconds);
  }
  const ratio = median(ours) / median(node);
  results.push({
    measure: `validate one case vs node -e 0 (median of ${options.validateRuns})`,
    value: `${(median(ours) * 1000).toFixed(0)} ms vs ${(median(node) * 1000).toFixed(0)} ms = ${ratio.toFixed(2)}x`,
    goal: `<= ${GOALS.validateRatio}x`,
    pass: ratio <= GOALS.validateRatio,
  });
}

function pandoc(work, options, results) {
  const probe = spawnSync("pandoc", ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    log("  pandoc is not installed: skipping the comparison (on Debian: apt-get install pandoc)");
    results.push({ measure: "per DOCX vs pandoc", value: "skipped: pandoc not installed", goal: `>= ${GOALS.pandocSpeedup}x faster`, pass: null });
    return;
  }
  let texts = results.extra.orderTexts;
  let perDoc = results.extra.batchSecondsPerCase === undefined ? undefined : results.extra.batchSecondsPerCase / results.extra.docsPerCase;
  if (perDoc === undefined || texts === undefined) {
    // Throughput was not measured in this run: a smaller batch gives both.
    const casesDir = join(work, "cases-pandoc");
    generateCases(casesDir, 200);
    const outDir = join(work, "out-pandoc");
    const runs = [1, 2, 3].map((r) => runBatch(casesDir, `${outDir}-${r}`).seconds / 200);
    const folders = readdirSync(`${outDir}-1`).filter((n) => n !== "manifest.jsonl");
    const docs = readdirSync(join(`${outDir}-1`, folders[0])).filter((f) => f.endsWith(".docx")).length;
    perDoc = median(runs) / docs;
    texts = folders.slice(0, options.pandocRuns).map((folder) => join(`${outDir}-1`, folder, "order.txt"));
  }
  const pandocTimes = [];
  texts.forEach((text, i) => {
    const run = timeProcess(["pandoc", "-f", "markdown", "-t", "docx", text, "-o", join(work, `pandoc-${i}.docx`)]);
    if (run.status !== 0) fail(`pandoc failed: ${run.stderr}`);
    pandocTimes.push(run.seconds);
  });
  const pandocPerDoc = median(pandocTimes.slice(1));
  const speedup = pandocPerDoc / perDoc;
  results.push({
    measure: `per DOCX: batch (all time / DOCX written) vs pandoc process per order (median of ${pandocTimes.length - 1})`,
    value: `${(perDoc * 1000).toFixed(2)} ms vs ${(pandocPerDoc * 1000).toFixed(0)} ms = ${speedup.toFixed(0)}x faster`,
    goal: `>= ${GOALS.pandocSpeedup}x faster`,
    pass: speedup >= GOALS.pandocSpeedup,
  });
}

/**
 * One worker's drafting in one thread (bench/worker.js): not a goal, but where the
 * batch's CPU goes, the warm-up apart from the steady state.
 */
function worker(work, options, results) {
  const casesDir = join(work, `cases-${options.cases}`);
  if (!existsSync(casesDir)) generateCases(casesDir, options.cases);
  const run = spawnSync(process.execPath, [join(__dirname, "worker.js"), casesDir], { encoding: "utf8" });
  if (run.status !== 0) fail(`bench/worker.js failed (exit ${run.status}): ${run.stderr}`);
  const stretches = JSON.parse(run.stdout);
  for (const s of stretches) {
    if (s.cases === "load") log(`  loading the pipeline  ${s.cpuMs.toFixed(0).padStart(7)} ms CPU, ${s.wallMs.toFixed(0)} ms wall`);
    else log(`  cases ${s.cases.padEnd(15)} ${s.cpuMs.toFixed(2).padStart(7)} ms CPU a case, ${s.wallMs.toFixed(2)} ms wall`);
  }
  const steady = stretches[stretches.length - 1];
  const total = stretches.reduce((sum, s) => sum + s.cpuMs * (s.cases === "load" ? 1 : countOf(s.cases)), 0);
  results.push({
    measure: `one worker, one thread, ${options.cases} cases`,
    value: `${steady.cpuMs.toFixed(2)} ms CPU/case in cases ${steady.cases}; ${(total / 1000).toFixed(2)} s CPU in all`,
    goal: "(where the time goes)",
    pass: null,
  });
}

function countOf(range) {
  const [from, to] = range.split("-").map(Number);
  return to - from + 1;
}

function log(message) {
  process.stderr.write(`${message}\n`);
}

function table(results) {
  const rows = [["measure", "result", "goal", ""], ...results.map((r) => [r.measure, r.value, r.goal, r.pass === null ? (r.goal.startsWith("(") ? "" : "skip") : r.pass ? "PASS" : "MISS"])];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  return rows.map((row, i) => row.map((cell, c) => cell.padEnd(widths[c])).join("  ").trimEnd() + (i === 0 ? `\n${widths.map((w) => "-".repeat(w)).join("  ")}` : "")).join("\n");
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(join(root, "dist", "cli", "main.js")) || !existsSync(join(root, "dist", "batch", "worker.js"))) {
    fail("dist/ is missing or out of date: run `npm run build` first");
  }
  const load = loadavg()[0];
  log(`bench: node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? "unknown CPU"}), ${(totalmem() / 2 ** 30).toFixed(1)} GB, load ${load.toFixed(2)}`);
  const work = mkdtempSync(join(tmpdir(), "ancillary-bench-"));
  const results = [];
  results.extra = {};
  try {
    for (const [name, step] of [
      ["throughput", throughput],
      ["floor", floor],
      ["memory", memory],
      ["validate", validate],
      ["pandoc", pandoc],
      ["worker", worker],
    ]) {
      if (!options.only.includes(name)) continue;
      log(`${name}...`);
      await step(work, options, results);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  process.stdout.write(`\n${table(results)}\n`);
  if (load > availableParallelism() / 2) process.stdout.write(`\nnote: the machine was busy when the bench started (load ${load.toFixed(2)}); figures may be low.\n`);
}

main().catch((error) => {
  process.stderr.write(`bench: ${error.stack ?? error}\n`);
  process.exit(2);
});
