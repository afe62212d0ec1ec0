// Bundles the CLI's own compiled modules (dist/, from dist/cli/main.js) into
// that one file, so a run loads one module rather than each of the ~170 a draft
// needs (each costs Node's loader a search, a read and a compile). Packages
// stay outside (dist/vendor/ holds the bundled ones); a command's modules are
// still run only when the command runs (esbuild wraps each file in a function
// called at its first require, as Node would). Runs after every other step that
// loads dist/ modules itself, and before the code cache is recorded.
//
// A module finds files beside its compiled form by __dirname (the precompiled
// templates, the DOCX parts, the ASCII table, the package root): inside the
// bundle each module keeps its own, its folder under dist/.
const { readFileSync } = require("node:fs");
const { dirname, join, relative, sep } = require("node:path");
const { build } = require("esbuild");

const dist = join(__dirname, "..", "dist");
const entry = join(dist, "cli", "main.js");
/** The name the bundle gives dist/ (bundle is in dist/cli/). */
const DIST = "__ancillaryDist";

/**
 * What stays outside the bundle, as its own file: dist/vendor/ (each package is
 * one file already, loaded only by the commands that need it), and the report's
 * HTML page, whose import() of Vega's ES modules is made with new Function: that
 * needs Node's own compile, which the code cache's (vm.Script) does not give
 * the code a module makes.
 */
const OUTSIDE = [join(dist, "vendor") + sep, join(dist, "report", "html.js")];
const keepOutside = {
  name: "keep-outside",
  setup(build) {
    build.onResolve({ filter: /^\./ }, (args) => {
      const target = join(args.resolveDir, args.path);
      const file = target.endsWith(".js") ? target : `${target}.js`;
      if (!OUTSIDE.some((outside) => file === outside || file.startsWith(outside))) return undefined;
      return { path: "../" + relative(dist, file).split(sep).join("/"), external: true };
    });
  },
};

const ownDirname = {
  name: "own-dirname",
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, (args) => {
      const contents = readFileSync(args.path, "utf8");
      if (!contents.includes("__dirname")) return { contents, loader: "js" };
      const folder = relative(dist, dirname(args.path)).split(sep).join("/");
      return { contents: `var __dirname = require("node:path").join(${DIST}, ${JSON.stringify(folder)});\n${contents}`, loader: "js" };
    });
  },
};

// Bundling a bundle would inline what it keeps outside: the entry must be tsc's output.
if (readFileSync(entry, "utf8").includes(`var ${DIST} =`)) {
  process.stderr.write("scripts/build-cli-bundle.js: dist/cli/main.js is bundled already; run `npm run build`\n");
  process.exit(1);
}

build({
  entryPoints: [entry],
  outfile: entry,
  allowOverwrite: true,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  packages: "external",
  banner: { js: `"use strict";\nvar ${DIST} = require("node:path").join(__dirname, "..");` },
  plugins: [keepOutside, ownDirname],
  logLevel: "warning",
}).catch(() => process.exit(1));
