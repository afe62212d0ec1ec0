#!/usr/bin/env node
"use strict";
/**
 * One batch worker's drafting, in one thread with no batch around it: reads,
 * checks and drafts every case under a folder with the worker's own code
 * (dist/batch/draftTask.js), writing nothing, and prints JSON with the CPU and
 * wall time per case for successive stretches of the run, so the warm-up (module
 * loading, the first case, V8 compiling the hot paths) shows apart from the
 * steady state.
 *
 *   node bench/worker.js <folder of cases>
 *
 * Used by `npm run bench` (the "worker" line); run it under
 * `node --cpu-prof` to see where a steady worker spends its time.
 */
const started = process.hrtime.bigint();
const startedCpu = process.cpuUsage();
const { readdirSync, statSync } = require("node:fs");
const { join, resolve } = require("node:path");

const { processTask } = require(join(__dirname, "..", "dist", "batch", "draftTask.js"));

function listCases(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listCases(path) : name.endsWith(".yaml") ? [path] : [];
    });
}

/** Ends of the stretches reported: the first case alone, then wider and wider. */
const STRETCH_ENDS = [1, 10, 100, 300, 1000, 3000, 10000, 30000];

async function main() {
  const dir = process.argv[2];
  if (!dir) throw new Error("usage: node bench/worker.js <folder of cases>");
  const cases = listCases(resolve(dir));
  const loadCpu = process.cpuUsage(startedCpu);
  const stretches = [{ cases: "load", wallMs: Number(process.hrtime.bigint() - started) / 1e6, cpuMs: (loadCpu.user + loadCpu.system) / 1000 }];
  let from = 0;
  let wall = process.hrtime.bigint();
  let cpu = process.cpuUsage();
  const ends = [...STRETCH_ENDS.filter((end) => end < cases.length), cases.length];
  for (const end of ends) {
    for (let id = from; id < end; id++) {
      const result = await processTask({ id, path: cases[id], shownAs: [cases[id]], maxBytes: 1024 * 1024 });
      if (result.kind !== "drafted") throw new Error(`${cases[id]} was not drafted (${result.kind})`);
    }
    const used = process.cpuUsage(cpu);
    const now = process.hrtime.bigint();
    const count = end - from;
    stretches.push({ cases: `${from + 1}-${end}`, wallMs: Number(now - wall) / 1e6 / count, cpuMs: (used.user + used.system) / 1000 / count });
    from = end;
    wall = now;
    cpu = process.cpuUsage();
  }
  process.stdout.write(`${JSON.stringify(stretches)}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench/worker.js: ${error.message}\n`);
  process.exit(2);
});
