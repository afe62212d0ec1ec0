"use strict";
/** What the bench scripts share: their --help, their refusals, and the median. */
const { spawnSync } = require("node:child_process");
const { existsSync, readFileSync } = require("node:fs");

/** Prints a script's opening comment (its usage) and exits. */
function printHelp(file) {
  const header = readFileSync(file, "utf8").split("*/")[0].split("\n").slice(3);
  process.stdout.write(header.map((l) => l.replace(/^ \* ?/, "")).join("\n").trim() + "\n");
  process.exit(0);
}

/** A function that prints "<name>: <message>" and exits 2 (a usage error). */
function failer(name) {
  return (message) => {
    process.stderr.write(`${name}: ${message}\n`);
    process.exit(2);
  };
}

/** An option's value as a whole number of 1 or more, or a refusal. */
function wholeNumber(flag, value, fail) {
  if (!/^\d+$/.test(String(value)) || Number(value) < 1) fail(`${flag} takes a whole number of 1 or more`);
  return Number(value);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The median and range of a list of ratios, as the bench prints them: "0.52 (range 0.40-0.61)". */
const spread = (values, digits = 2) => `${median(values).toFixed(digits)} (range ${Math.min(...values).toFixed(digits)}-${Math.max(...values).toFixed(digits)})`;

const GNU_TIME = ["/usr/bin/time", "/bin/time"].find((p) => existsSync(p));

/**
 * Runs a command and times it; with GNU time (Debian package `time`), also its
 * CPU seconds (user and kernel, all threads) and peak RSS in kB.
 */
function timeProcess(args, options = {}) {
  const command = GNU_TIME ? [GNU_TIME, "-f", "@@bench %U %S %M", ...args] : args;
  const started = process.hrtime.bigint();
  const result = spawnSync(command[0], command.slice(1), { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, ...options });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.error) throw result.error;
  let stderr = result.stderr;
  let cpu;
  let kernel;
  let peakKb;
  const match = GNU_TIME ? /@@bench ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(stderr) : null;
  if (match) {
    stderr = stderr.slice(0, match.index);
    cpu = Number(match[1]) + Number(match[2]);
    kernel = Number(match[2]);
    peakKb = Number(match[3]);
  }
  // GNU time exits with the command's status, and says so on stderr when it is not 0.
  stderr = stderr.replace(/^Command exited with non-zero status \d+\n/m, "");
  return { seconds, status: result.status, stdout: result.stdout, stderr, cpu, kernel, peakKb };
}

module.exports = { GNU_TIME, printHelp, failer, wholeNumber, median, spread, timeProcess };
