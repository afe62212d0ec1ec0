#!/usr/bin/env node
"use strict";
/**
 * The floor of a batch: a plain Node script that does only what any batch must,
 * reading every case file and writing the very same output bytes into the same
 * layout (a folder a case, owner-only, and the manifest), copied from a batch
 * run given as the reference. `npm run bench` (its "floor" step) runs it beside
 * `ancillary batch` and prints the batch's cost as a multiple of it.
 *
 *   node bench/floor.js <reference-out> <out> [--deflate] [--atomic]
 *
 * <reference-out> is the --out folder of a batch run: its manifest.jsonl names
 * each case's input and files. The bytes to write are loaded first; the load is
 * not part of the floor, and is printed (CPU and wall ms, as JSON on stdout) so
 * that the bench can take it off the process's own figures. --deflate also
 * compresses, with fflate at the level the DOCX writer uses, every part of every
 * DOCX that differs from case to case (the floor plus the compression that
 * reproducible DOCX bytes cost). --atomic writes each case's files the way any
 * tool bound by our file rules must (a set whole or not at all, never over a file
 * that appears meanwhile): each into a staging folder, then linked to its name,
 * then the staged name removed, as src/files/writeOutputs.ts does for a batch. It
 * tells the cost of those guarantees apart from the cost of our code.
 */
const { closeSync, fsyncSync, linkSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmdirSync, unlinkSync, writeFileSync } = require("node:fs");
const { join, resolve } = require("node:path");
const { failer, printHelp } = require("./common");

const fail = failer("floor");
const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) printHelp(__filename);
const deflate = args.includes("--deflate");
const atomic = args.includes("--atomic");
const [reference, out, extra] = args.filter((a) => a !== "--deflate" && a !== "--atomic");
if (!reference || !out || extra !== undefined) fail("takes <reference-out> <out> [--deflate] [--atomic] (see --help)");

const loadStarted = { cpu: process.cpuUsage(), wall: process.hrtime.bigint() };
const manifestBytes = readFileSync(join(reference, "manifest.jsonl"));
const cases = manifestBytes
  .toString("utf8")
  .split("\n")
  .filter((line) => line.startsWith('{"kind":"case"'))
  .map((line) => JSON.parse(line))
  .filter((record) => record.folder !== null)
  .map((record) => ({
    input: resolve(reference, record.input),
    folder: record.folder,
    files: readdirSync(join(reference, record.folder)).map((name) => ({ name, bytes: readFileSync(join(reference, record.folder, name)) })),
  }));
if (cases.length === 0) fail(`${reference}/manifest.jsonl names no drafted case`);
const varying = deflate ? varyingParts(cases) : [];
const load = { cpuMs: cpuMs(process.cpuUsage(loadStarted.cpu)), wallMs: Number(process.hrtime.bigint() - loadStarted.wall) / 1e6 };

// The floor itself.
const { deflateSync } = deflate ? require("fflate") : {};
mkdirSync(out, { mode: 0o700 });
const staging = atomic ? mkdtempSync(join(out, ".staging-")) : undefined;
cases.forEach((record, i) => {
  readFileSync(record.input);
  const folder = join(out, record.folder);
  mkdirSync(folder, { mode: 0o700 });
  if (staging === undefined) for (const file of record.files) writeFileSync(join(folder, file.name), file.bytes, { mode: 0o600 });
  else {
    const staged = record.files.map((file) => join(staging, `${i}-${file.name}`));
    record.files.forEach((file, f) => writeFileSync(staged[f], file.bytes, { mode: 0o600, flag: "wx" }));
    record.files.forEach((file, f) => linkSync(staged[f], join(folder, file.name)));
    for (const path of staged) unlinkSync(path);
  }
  if (deflate) for (const part of varying[i]) deflateSync(part, { level: 6 });
});
if (staging !== undefined) rmdirSync(staging);
const fd = openSync(join(out, "manifest.jsonl"), "wx", 0o600);
writeFileSync(fd, manifestBytes);
fsyncSync(fd);
closeSync(fd);
process.stdout.write(`${JSON.stringify({ cases: cases.length, load })}\n`);

function cpuMs(usage) {
  return (usage.user + usage.system) / 1000;
}

/** For each case, the DOCX parts whose bytes are not the same in every case (the rest a batch may compress once). */
function varyingParts(records) {
  const { unzipSync } = require("fflate");
  const parts = records.map((record) => record.files.filter((f) => f.name.endsWith(".docx")).flatMap((f) => Object.entries(unzipSync(f.bytes)).map(([name, bytes]) => ({ key: `${f.name}/${name}`, bytes }))));
  const first = new Map();
  const differs = new Set();
  for (const list of parts) {
    for (const { key, bytes } of list) {
      const seen = first.get(key);
      if (seen === undefined) first.set(key, bytes);
      else if (!differs.has(key) && Buffer.compare(Buffer.from(seen), Buffer.from(bytes)) !== 0) differs.add(key);
    }
  }
  return parts.map((list) => list.filter((p) => differs.has(p.key)).map((p) => p.bytes));
}
