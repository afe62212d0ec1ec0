// Bundles each module of src/vendor/ (a re-export of a third-party package)
// with the package into one file, its compiled form in dist/vendor/, so a run
// loads one module rather than each of the package's files (yaml has 72; each
// costs Node's loader a search, a read and a compile). From the TypeScript
// source, so a package with an ES module build (docx, fflate) is taken from it
// and only what the module names, and what that uses, is kept; a CommonJS one
// (yaml, commander, handlebars) is taken whole. The code is the package's own:
// esbuild only wraps its files in functions and drops what is never reached.
// Runs after tsc and before the code cache is recorded, which then covers the bundles.
//
// esbuild rather than a hand-made concatenation: it resolves imports as Node
// does (exports, conditions, main) and keeps each file's module scope.
const { readdirSync } = require("node:fs");
const { join } = require("node:path");
const { buildSync } = require("esbuild");

const root = join(__dirname, "..");
const sources = join(root, "src", "vendor");
for (const file of readdirSync(sources).filter((name) => name.endsWith(".ts"))) {
  buildSync({
    entryPoints: [join(sources, file)],
    outfile: join(root, "dist", "vendor", file.replace(/\.ts$/, ".js")),
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
