"use strict";
/** What the bench scripts share: their --help, their refusals, and the median. */
const { readFileSync } = require("node:fs");

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

module.exports = { printHelp, failer, wholeNumber, median };
