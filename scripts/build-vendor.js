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
const { build } = require("esbuild");

// commander requires child_process as it loads, for subcommands run as programs
// of their own, which ancillary has none of; with it came net and dgram, ~1.5 ms
// of every run. The bundles get it the first time one of its functions is used.
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.namespace === "lazy-builtin" ? { path: "node:child_process", external: true } : { path: "child_process", namespace: "lazy-builtin" },
    );
    build.onLoad({ filter: /.*/, namespace: "lazy-builtin" }, () => ({
      contents: 'let loaded;\nconst load = () => (loaded ??= require("node:child_process"));\nmodule.exports = new Proxy({}, { get: (_, name) => load()[name], has: (_, name) => name in load() });\n',
      loader: "js",
    }));
  },
};

const root = join(__dirname, "..");
const sources = join(root, "src", "vendor");
const builds = readdirSync(sources)
  .filter((name) => name.endsWith(".ts"))
  .map((file) =>
    build({
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
      plugins: [lazyChildProcess],
    }),
  );
// esbuild has printed what failed (logLevel above); the build stops on it.
Promise.all(builds).catch(() => {
  process.exitCode = 1;
});
