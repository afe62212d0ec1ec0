#!/usr/bin/env node
"use strict";
// Thin launcher: all behaviour lives in the compiled sources.
let cli;
try {
  // The code V8 compiled for each module at build time, so a run does not compile it again (src/startup/codeCache.ts).
  require("../dist/startup/codeCache.js").useCodeCache();
  cli = require("../dist/cli/main.js");
} catch (error) {
  // A missing or damaged build is an installation problem, not a case problem: one line, exit 2.
  process.stderr.write(`ancillary: cannot start: the installation is incomplete or damaged (${error && error.code ? error.code : "load error"}); run \`npm ci\` (or \`npm run build\`) in the package folder\n`);
  if (process.argv.includes("--debug")) process.stderr.write(`${error && error.stack}\n`);
  process.exit(2);
}
cli.main(process.argv).then((code) => {
  process.exitCode = code;
});
