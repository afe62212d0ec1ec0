#!/usr/bin/env node
"use strict";
// Thin launcher: all behaviour lives in the compiled sources.
require("../dist/cli/main.js").main(process.argv).then((code) => {
  process.exitCode = code;
});
