#!/usr/bin/env node
"use strict";
/**
 * `draft` of one case against `node -e 0`: what a single run of the CLI costs
 * beyond starting Node (issue 18, goal 4: at most 2.5x).
 *
 *   node bench/startup.js [--runs 11] [--case <case.yaml>] [--against <git ref | folder>] [--modules]
 *
 * Runs `node -e 0` and `ancillary draft <case> --out <new folder>` alternately
 * (after one warm-up of each), so a busy moment hits both, and prints each run, then
 * the median wall time of each and the median and range of their ratio, run by run
 * (each draft over the `node -e 0` run beside it). With GNU time (Debian package
 * `time`) it gives their CPU time too.
 *
 * --against runs a second build in the same alternation, for before and after: a
 * git ref (checked out into a temporary worktree, sharing this checkout's
 * node_modules, and built) or a folder holding a built package (`bin/` and `dist/`).
 * --modules also prints how many modules `draft` loads (JavaScript files required).
 *
 * Measures the built CLI (`dist/`); builds nothing here: run `npm run build` first.
 */
const { spawnSync } = require("node:child_process");
const { existsSync, mkdtempSync, rmSync, symlinkSync } = require("node:fs");
const { tmpdir, loadavg, cpus } = require("node:os");
const { join, resolve } = require("node:path");
const { printHelp, failer, wholeNumber, median, spread, timeProcess } = require("./common");

const fail = failer("bench/startup.js");
const ROOT = resolve(__dirname, "..");

function parseArgs(argv) {
  const options = { runs: 11, case: join(ROOT, "examples", "threat-to-control-former-partner.yaml"), against: undefined, modules: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => (i + 1 < argv.length ? argv[++i] : fail(`${arg} needs a value`));
    if (arg === "--help" || arg === "-h") printHelp(__filename);
    else if (arg === "--runs") options.runs = wholeNumber(arg, value(), fail);
    else if (arg === "--case") options.case = resolve(value());
    else if (arg === "--against") options.against = value();
    else if (arg === "--modules") options.modules = true;
    else fail(`unknown option ${arg} (see --help)`);
  }
  if (!existsSync(options.case)) fail(`${options.case}: no such case file`);
  return options;
}

/** A built package to compare against: a folder as given, or a git ref built in a temporary worktree. */
function preparePeer(against, work) {
  const asFolder = resolve(against);
  if (existsSync(join(asFolder, "bin", "ancillary.js")) && existsSync(join(asFolder, "dist"))) return { root: asFolder, cleanup: () => {} };
  const tree = join(work, "peer");
  const git = (args, cwd = ROOT) => spawnSync("git", args, { cwd, encoding: "utf8" });
  const added = git(["worktree", "add", "--detach", tree, against]);
  if (added.status !== 0) fail(`--against ${against}: neither a built package folder nor a git ref (${added.stderr.trim()})`);
  const cleanup = () => git(["worktree", "remove", "--force", tree]);
  if (!existsSync(join(tree, "node_modules"))) symlinkSync(join(ROOT, "node_modules"), join(tree, "node_modules"));
  const built = spawnSync("npm", ["run", "build"], { cwd: tree, encoding: "utf8" });
  if (built.status !== 0) {
    cleanup();
    fail(`--against ${against}: npm run build failed:\n${built.stdout}${built.stderr}`);
  }
  return { root: tree, cleanup };
}

/** How many JavaScript modules a draft loads, counted by a require hook preloaded with -r. */
function countModules(root, casePath, work) {
  const hook = "const M=require('module');const seen=new Set();const l=M._load;M._load=function(r,p,m){const x=l.apply(this,arguments);try{seen.add(M._resolveFilename(r,p,m))}catch{}return x};process.on('exit',()=>process.stderr.write('@@modules '+[...seen].filter(f=>f.endsWith('.js')||f.endsWith('.json')).length+'\\n'))";
  const hookFile = join(work, "count-modules.js");
  require("node:fs").writeFileSync(hookFile, hook);
  const result = spawnSync(process.execPath, ["-r", hookFile, join(root, "bin", "ancillary.js"), "draft", casePath, "--out", join(work, "modules-" + Math.random().toString(36).slice(2))], { encoding: "utf8" });
  const match = /@@modules (\d+)/.exec(result.stderr);
  return match ? Number(match[1]) : undefined;
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const work = mkdtempSync(join(tmpdir(), "ancillary-startup-"));
  let peer;
  try {
    peer = options.against ? preparePeer(options.against, work) : undefined;
    const load = loadavg()[0];
    process.stdout.write(`bench/startup.js: ${cpus().length} cores, Node ${process.versions.node}, load ${load.toFixed(2)} at the start; ${options.runs} runs after a warm-up\n`);
    const subjects = [{ name: "this", root: ROOT }];
    if (peer) subjects.push({ name: "against", root: peer.root });
    let folder = 0;
    const draftOnce = (root) => {
      const out = join(work, `out-${folder++}`);
      const run = timeProcess([process.execPath, join(root, "bin", "ancillary.js"), "draft", options.case, "--out", out, "--debug"]); // --debug: a failure shows its stack
      if (run.status !== 0) fail(`draft failed (exit ${run.status}): ${run.stderr.trim()}`);
      return run;
    };
    const floor = [];
    const drafts = subjects.map(() => []);
    for (let r = 0; r < options.runs + 1; r++) {
      const base = timeProcess([process.execPath, "-e", "0"]);
      const runs = subjects.map((s) => draftOnce(s.root));
      if (r === 0) continue; // warm-up: the disk cache, for both
      floor.push(base);
      runs.forEach((run, i) => drafts[i].push(run));
      const cpu = (run) => (run.cpu === undefined ? "" : ` (cpu ${(run.cpu * 1000).toFixed(0)} ms)`);
      const line = subjects.map((s, i) => `${s.name} ${(runs[i].seconds * 1000).toFixed(0)} ms${cpu(runs[i])} = ${(runs[i].seconds / base.seconds).toFixed(2)}x`).join(", ");
      process.stdout.write(`run ${r}: node -e 0 ${(base.seconds * 1000).toFixed(0)} ms${cpu(base)}; ${line}\n`);
    }
    const ms = (runs) => `${(median(runs.map((r) => r.seconds)) * 1000).toFixed(0)} ms`;
    process.stdout.write(`node -e 0: median ${ms(floor)}\n`);
    subjects.forEach((s, i) => {
      const ratios = drafts[i].map((run, k) => run.seconds / floor[k].seconds);
      const cpuRatios = drafts[i].every((run, k) => run.cpu && floor[k].cpu) ? drafts[i].map((run, k) => run.cpu / floor[k].cpu) : undefined;
      const modules = options.modules ? `; ${countModules(s.root, options.case, work)} modules loaded` : "";
      process.stdout.write(
        `draft (${s.name}${s.name === "against" ? ` ${options.against}` : ""}): median ${ms(drafts[i])}; wall vs node -e 0 ${spread(ratios)}${cpuRatios ? `; cpu vs node -e 0 ${spread(cpuRatios)}` : ""}${modules}\n`,
      );
    });
    if (peer) {
      const ratios = drafts[0].map((run, k) => run.seconds / drafts[1][k].seconds);
      process.stdout.write(`this / against, wall: ${spread(ratios)}\n`);
    }
    const endLoad = loadavg()[0];
    process.stdout.write(`load ${endLoad.toFixed(2)} at the end${Math.max(load, endLoad) > cpus().length / 2 ? " (a busy machine: compare quiet runs only)" : ""}\n`);
  } finally {
    peer?.cleanup();
    rmSync(work, { recursive: true, force: true });
  }
}

main();
