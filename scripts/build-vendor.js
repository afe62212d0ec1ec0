// Bundles each module of dist/vendor/ (a re-export of a third-party package,
// src/vendor/) with the package it re-exports into that one file, so a run
// loads one module rather than each of the package's files (yaml has 72; each
// costs Node's loader a search, a read and a compile). The package's code is
// unchanged: esbuild only wraps each of its files in a function. Runs after tsc
// and before the code cache is recorded, which then covers the bundles.
//
// esbuild rather than a hand-made concatenation: it resolves each package's
// requires as Node does (exports, main) and keeps each file's module scope.
const { readdirSync } = require("node:fs");
const { join } = require("node:path");
const { buildSync } = require("esbuild");

const vendor = join(__dirname, "..", "dist", "vendor");
for (const file of readdirSync(vendor).filter((name) => name.endsWith(".js"))) {
  const path = join(vendor, file);
  buildSync({
    entryPoints: [path],
    outfile: path,
    allowOverwrite: true,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    // Node's own modules stay requires; every package file is inlined.
    packages: "bundle",
    logLevel: "warning",
  });
}
