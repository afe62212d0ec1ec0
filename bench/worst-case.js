#!/usr/bin/env node
"use strict";
/**
 * `node --expose-gc bench/worst-case.js`: how long `validate` takes on the worst
 * cases a file under the size limit can hold, against the floor of parsing the
 * same YAML alone. Every check should cost a bounded multiple of reading the
 * file, whatever its shape: a ratio that grows with the file is a quadratic cost.
 *
 *   node --expose-gc bench/worst-case.js [--runs 7] [--only items,name-parts] [--scale 1] [--list]
 *
 * Each shape is generated to just under the case file limit (--scale 0.5 for half
 * of it, to see how a ratio grows). Validation (dist/pipeline/analyse.js: parse,
 * schema, rules, findings placed) and the floor (the yaml package's parse of the
 * same text with the options parseYaml uses, and its conversion to plain data)
 * run alternately, in one process, after one warm-up of each, so a busy moment
 * hits both. Printed: the median of each, and the median and range of their
 * ratio, run by run. Builds nothing: run `npm run build` first.
 */
const { join } = require("node:path");
const { loadavg } = require("node:os");
const { failer, median, printHelp, wholeNumber } = require("./common");

const root = join(__dirname, "..");
const { analyseCaseText } = require(join(root, "dist", "pipeline", "analyse.js"));
const { DEFAULT_MAX_BYTES } = require(join(root, "dist", "load", "readCaseText.js"));
const { FolderNames } = require(join(root, "dist", "batch", "folderNames.js"));
const YAML = require(join(root, "node_modules", "yaml"));

// ---------------------------------------------------------------------------
// The shapes. Each is a case file made as large as the limit allows of the
// one thing that costs most: items, references, names, errors.

const HEAD = [
  "version: 1",
  "court: { level: magistrates, location: Luton, jurisdiction: england-and-wales }",
  'reference: "41LN0456726"',
  "hearing: { date: 2026-09-14 }",
  "defendant: { name: Martin OAKES, dateOfBirth: 1989-02-11, pronoun: he }",
  "prosecutor: { name: Priya SHAH, role: Crown Prosecutor, office: CPS Thames and Chiltern, date: 2026-09-07 }",
  "",
].join("\n");
const OFFENCE = "{ id: O1, provision: SOA2003:66B(4), committed: { on: 2026-03-02 }, particulars: Threatened., conviction: { date: 2026-08-03, plea: guilty } }";
const ONE_ITEM = "property:\n  - { id: P1, description: Samsung mobile telephone, kind: device }\n";

/** As many lines made by `line(i)` as fit in `bytes`. */
function repeat(bytes, line) {
  const lines = [];
  let size = 0;
  for (let i = 0; ; i++) {
    const next = line(i);
    if (size + next.length > bytes) return lines.join("");
    lines.push(next);
    size += next.length;
  }
}

/** A text of `words` words from `word(k)`, at most 19,990 characters (a text field holds 20,000). */
const longText = (count, word) => Array.from({ length: count }, (_, k) => word(k)).join(" ").slice(0, 19990);

const SHAPES = [
  {
    name: "items",
    what: "6,000 items in the application, each failing six rules, with 1,000 named complainants (every finding labels its item)",
    make: (budget) =>
      HEAD +
      "complainants:\n" + repeat(budget * 0.06, (i) => `  - { id: C${i}, name: Anna${i} Smith${i}, cipher: Person ${i} }\n`) +
      `offences:\n  - ${OFFENCE}\n` +
      "property:\n" + repeat(budget * 0.62, (i) => `  - { id: P${i}, description: a phone, kind: device, ownership: third-party, holdsIntimateImages: true, lawfulMaterial: photos }\n`) +
      "applications:\n  deprivation:\n    disposal: destroy\n    property:\n" + repeat(budget * 0.3, (i) => `      - P${i}\n`),
  },
  {
    name: "broken-references",
    what: "4,000 items naming missing offences, and 60,000 missing items applied for (each finding lists the ids that exist)",
    make: (budget) =>
      HEAD + `offences:\n  - ${OFFENCE}\n` +
      "property:\n" + repeat(budget * 0.32, (i) => `  - { id: P${i}, description: a phone, kind: device, use: { route: used-to-commit, offences: [X${i}] } }\n`) +
      "applications:\n  deprivation:\n    property:\n" + repeat(budget * 0.66, (i) => `      - Q${i}\n`),
  },
  {
    name: "duplicate-ids",
    what: "thousands of complainants, offences and items sharing one id each, every item using the shared offence",
    make: (budget) =>
      HEAD +
      "complainants:\n" + repeat(budget * 0.1, () => "  - { id: C1, name: Anna Smith, cipher: Person A }\n") +
      "offences:\n" + repeat(budget * 0.43, () => "  - { id: O1, provision: SOA2003:66B(4), committed: { on: 2026-03-02 }, particulars: x, complainant: C1 }\n") +
      "property:\n" + repeat(budget * 0.43, () => "  - { id: P1, description: a phone, kind: device, use: { route: used-to-commit, offences: [O1] }, seizure: { route: seized-from-offender, date: 2020-01-01 } }\n") +
      "applications:\n  deprivation:\n    property: [P1]\n",
  },
  {
    name: "offences-by-items",
    what: "2,000 offences and 300 items, each item used for 300 of the offences",
    make: (budget) => {
      const offences = repeat(budget * 0.2, (i) => `  - { id: O${i}, provision: SOA2003:66B(4), committed: { on: 2026-03-02 }, particulars: x }\n`);
      const count = offences.split("\n").length - 1;
      const ids = Array.from({ length: 300 }, (_, k) => `O${(k * 7) % count}`).join(", ");
      return (
        HEAD + "offences:\n" + offences +
        "property:\n" + repeat(budget * 0.78, (i) => `  - { id: P${i}, description: a phone, kind: device, use: { route: unlawful-possession, offences: [${ids}] }, seizure: { route: seized-from-offender, date: 2020-01-01 } }\n`) +
        "applications:\n  deprivation:\n    property: [P1]\n"
      );
    },
  },
  {
    name: "name-parts",
    what: "4,000 complainants with four-part names (digits, hyphens) and 5,000 paragraphs to search for them",
    make: (budget) =>
      HEAD +
      "complainants:\n" + repeat(budget * 0.3, (i) => `  - { id: C${i}, name: Anna${i} Beth${i} Smith${i}-Jones${i}, cipher: Person ${i} }\n`) +
      "offences:\n" + repeat(budget * 0.68, (i) => `  - { id: O${i}, provision: SOA2003:66B(4), committed: { on: 2026-03-02 }, particulars: Threatened to share a photograph of the person named in statement ${i} }\n`) +
      ONE_ITEM,
  },
  {
    name: "long-texts",
    what: "45 paragraphs of 20,000 characters and 200-character complainants' names made of the same words",
    make: (budget) =>
      HEAD +
      "complainants:\n" + Array.from({ length: 40 }, (_, i) => `  - { id: C${i}, cipher: Person ${i}, name: ${longText(40, (k) => `na${(i * 40 + k) % 997}`).slice(0, 200)} }\n`).join("") +
      "offences:\n" + repeat(budget * 0.97, (i) => `  - id: O${i}\n    provision: SOA2003:66B(4)\n    committed: { on: 2026-03-02 }\n    particulars: ${longText(4000, (k) => `na${(i * 131 + k) % 1009}`)}\n`) +
      ONE_ITEM,
  },
  {
    name: "names-run-together",
    what: "98 complainants named aaa a..a (3 to 100 a's) and 45 paragraphs of 20,000 a's (every name run together, everywhere)",
    make: (budget) =>
      HEAD +
      "complainants:\n" + Array.from({ length: 98 }, (_, k) => `  - { id: C${k}, name: aaa ${"a".repeat(k + 3)}, cipher: Person ${k} }\n`).join("") +
      "offences:\n" + repeat(budget * 0.98, (i) => `  - id: O${i}\n    provision: SOA2003:66B(4)\n    committed: { on: 2026-03-02 }\n    particulars: x${"a".repeat(19990)}\n`) +
      ONE_ITEM,
  },
  {
    name: "names-of-one-word",
    what: "66 complainants named aa, aa aa, ... (66 words) and 45 paragraphs of AA AA AA ...",
    make: (budget) =>
      HEAD +
      "complainants:\n" + Array.from({ length: 66 }, (_, k) => `  - { id: C${k}, name: ${Array(k + 1).fill("aa").join(" ")}, cipher: Person ${k} }\n`).join("") +
      "offences:\n" + repeat(budget * 0.98, (i) => `  - id: O${i}\n    provision: SOA2003:66B(4)\n    committed: { on: 2026-03-02 }\n    particulars: x ${"AA ".repeat(6600)}\n`) +
      ONE_ITEM,
  },
  {
    name: "schema-errors",
    what: "10,000 offences, each with an impossible date in a period, a number for text and an unknown field",
    make: (budget) => HEAD + "offences:\n" + repeat(budget * 0.98, (i) => `  - { id: O${i}, provision: SOA2003:66B(4), committed: { from: 2026-03-02, to: 2026-02-30 }, particulars: 5, extra${i}: 1 }\n`) + "property: []\n",
  },
  {
    name: "unknown-provisions",
    what: "48 offences whose provisions are 20,000 characters that are no key of the law table",
    make: (budget) => HEAD + "offences:\n" + repeat(budget * 0.98, (i) => `  - id: O${i}\n    provision: ${"SOA2003:66B(4)x".repeat(1330)}\n    committed: { on: 2026-03-02 }\n    particulars: x\n`) + "property: []\n",
  },
  {
    name: "many-keys",
    what: "one offence with 90,000 unknown fields (one mapping)",
    make: (budget) => HEAD + "offences:\n  - id: O1\n    provision: SOA2003:66B(4)\n    committed: { on: 2026-03-02 }\n    particulars: x\n" + repeat(budget * 0.98, (i) => `    k${i}: 1\n`) + "property: []\n",
  },
  {
    name: "duplicate-keys",
    what: "one mapping with 45,000 keys, each written twice",
    make: (budget) => HEAD + "otherSentence:\n" + repeat(budget * 0.98, (i) => `  k${Math.floor(i / 2)}: 1\n`),
  },
  {
    name: "item-listed-again",
    what: "one item listed 225,000 times in the application (a warning each time)",
    make: (budget) => HEAD + `offences:\n  - ${OFFENCE}\n` + ONE_ITEM + "applications:\n  deprivation:\n    property: [" + repeat(budget * 0.98, () => "P1, ") + "P1]\n",
  },
  {
    name: "odd-numbers",
    what: "14,000 items whose value is written in hexadecimal",
    make: (budget) => HEAD + `offences:\n  - ${OFFENCE}\n` + "property:\n" + repeat(budget * 0.98, (i) => `  - { id: P${i}, description: a phone, kind: device, value: { amount: 0x1F, currency: GBP } }\n`),
  },
  {
    name: "tags",
    what: "55,000 values tagged !!binary",
    make: (budget) => HEAD + "otherSentence:\n" + repeat(budget * 0.98, (i) => `  k${i}: !!binary aGk=\n`),
  },
];

// ---------------------------------------------------------------------------

function parseArgs(argv) {
  const options = { runs: 7, only: SHAPES.map((s) => s.name), scale: 1, list: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === "--help" || flag === "-h") printHelp(__filename);
    else if (flag === "--list") {
      options.list = true;
      continue;
    } else if (flag === "--runs") options.runs = wholeNumber(flag, value, fail);
    else if (flag === "--scale") {
      options.scale = Number(value);
      if (!(options.scale > 0 && options.scale <= 1)) fail("--scale takes a number above 0 and at most 1");
    } else if (flag === "--only") {
      options.only = String(value).split(",");
      const unknown = options.only.filter((name) => !SHAPES.some((s) => s.name === name));
      if (unknown.length > 0) fail(`--only takes ${SHAPES.map((s) => s.name).join(", ")}; not ${unknown.join(", ")}`);
    } else fail(`unknown option ${flag} (see --help)`);
    i++;
  }
  return options;
}

const fail = failer("worst-case");

/** Milliseconds `work` takes, after a collection when the process allows one, so one run's garbage is not charged to the next. */
function timed(work) {
  if (typeof global.gc === "function") global.gc();
  const start = process.hrtime.bigint();
  const result = work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

/** The floor: the yaml package reading the text as parseYaml asks it to, to plain data. */
function parseAlone(text) {
  return YAML.parseAllDocuments(text, { version: "1.2", schema: "core", uniqueKeys: false, resolveKnownTags: false }).map((document) => document.toJS({ maxAliasCount: 100 }));
}

function measureShape(shape, options) {
  const budget = Math.floor((DEFAULT_MAX_BYTES - HEAD.length - 2048) * options.scale);
  const text = shape.make(budget);
  const bytes = Buffer.byteLength(text);
  if (bytes > DEFAULT_MAX_BYTES) fail(`${shape.name} came to ${bytes} bytes, over the ${DEFAULT_MAX_BYTES}-byte limit: shrink it`);
  const findings = analyseCaseText(text).diagnostics.length;
  parseAlone(text);
  const floors = [];
  const validations = [];
  for (let run = 0; run < options.runs; run++) {
    floors.push(timed(() => parseAlone(text)).ms);
    validations.push(timed(() => analyseCaseText(text)).ms);
  }
  const ratios = validations.map((ms, i) => ms / floors[i]);
  return { bytes, findings, floor: median(floors), validate: median(validations), ratio: median(ratios), low: Math.min(...ratios), high: Math.max(...ratios) };
}

/** Folder names for a batch whose cases all share one reference: the time a claim takes should not grow with the batch. */
function measureFolderNames() {
  const perClaim = (count) => {
    const names = new FolderNames();
    const { ms } = timed(() => {
      for (let i = 0; i < count; i++) names.claim("41LN0456726");
    });
    return (ms * 1000) / count;
  };
  perClaim(10000);
  return { small: perClaim(10000), large: perClaim(100000) };
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.list) {
    for (const shape of SHAPES) process.stdout.write(`${shape.name.padEnd(20)} ${shape.what}\n`);
    return;
  }
  const [load] = loadavg();
  process.stdout.write(
    `worst cases under the ${DEFAULT_MAX_BYTES.toLocaleString("en-GB")}-byte limit (x${options.scale}), ${options.runs} alternating runs each, Node ${process.version}, load ${load.toFixed(2)}` +
      `${typeof global.gc === "function" ? "" : " (run with --expose-gc for steadier figures)"}\n\n`,
  );
  process.stdout.write(`${"shape".padEnd(20)} ${"bytes".padStart(9)} ${"findings".padStart(8)} ${"parse ms".padStart(9)} ${"validate ms".padStart(11)}  ratio (range)\n`);
  const ratios = [];
  for (const shape of SHAPES.filter((s) => options.only.includes(s.name))) {
    const r = measureShape(shape, options);
    ratios.push(r.ratio);
    process.stdout.write(
      `${shape.name.padEnd(20)} ${String(r.bytes).padStart(9)} ${String(r.findings).padStart(8)} ${r.floor.toFixed(0).padStart(9)} ${r.validate.toFixed(0).padStart(11)}  ${r.ratio.toFixed(2)} (${r.low.toFixed(2)}-${r.high.toFixed(2)})\n`,
    );
  }
  process.stdout.write(`\nworst ratio: ${Math.max(...ratios).toFixed(2)}\n`);
  if (options.only.length === SHAPES.length) {
    const folders = measureFolderNames();
    process.stdout.write(`batch folder names, one reference repeated: ${folders.small.toFixed(2)} µs a claim over 10,000 cases, ${folders.large.toFixed(2)} µs over 100,000\n`);
  }
}

main();
