// The CLI tests drive the built CLI (bin/ancillary.js -> dist/), so build once first.
// A type error is the type check's to report (npm test runs it first); tsc still
// emits, so the tests go on as long as the CLI was built.
const { spawnSync } = require("node:child_process");
const { existsSync } = require("node:fs");
const { join } = require("node:path");

module.exports = async function globalSetup() {
  const root = join(__dirname, "..", "..");
  const build = spawnSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "tsconfig.build.json")], {
    cwd: root,
    encoding: "utf8",
  });
  if (build.status !== 0) process.stderr.write(`\nbuild reported problems (see npm run typecheck):\n${build.stdout}${build.stderr}\n`);
  if (!existsSync(join(root, "dist", "cli", "main.js"))) throw new Error("the build produced no dist/cli/main.js: run npm run build");
  // The precompiled schema validator must match the schema as it is now.
  const validator = spawnSync(process.execPath, [join(root, "scripts", "build-validator.js")], { cwd: root, encoding: "utf8" });
  if (validator.status !== 0) throw new Error(`precompiling the schema failed:\n${validator.stderr}`);
  // And the precompiled templates the templates as they are now.
  const templates = spawnSync(process.execPath, [join(root, "scripts", "build-templates.js")], { cwd: root, encoding: "utf8" });
  if (templates.status !== 0) throw new Error(`precompiling the templates failed:\n${templates.stderr}`);
  // And the table of characters as ASCII the library as it is now.
  const ascii = spawnSync(process.execPath, [join(root, "scripts", "build-ascii-table.js")], { cwd: root, encoding: "utf8" });
  if (ascii.status !== 0) throw new Error(`building the ASCII table failed:\n${ascii.stderr}`);
  // And the DOCX parts every document shares the writer as it is now.
  const parts = spawnSync(process.execPath, [join(root, "scripts", "build-docx-parts.js")], { cwd: root, encoding: "utf8" });
  if (parts.status !== 0) throw new Error(`building the DOCX parts failed:\n${parts.stderr}`);
  // And the packages drafting loads as one file each, as the build ships them (src/vendor/).
  const vendor = spawnSync(process.execPath, [join(root, "scripts", "build-vendor.js")], { cwd: root, encoding: "utf8" });
  if (vendor.status !== 0) throw new Error(`bundling the vendored packages failed:\n${vendor.stderr}`);
  // And the CLI's own modules as one file, as the build ships them (scripts/build-cli-bundle.js).
  const bundle = spawnSync(process.execPath, [join(root, "scripts", "build-cli-bundle.js")], { cwd: root, encoding: "utf8" });
  if (bundle.status !== 0) throw new Error(`bundling the CLI failed:\n${bundle.stderr}`);
  // And the code cache the modules as they are now, so the CLI tests run the CLI as it ships (last: it drafts with all the above).
  const codeCache = spawnSync(process.execPath, [join(root, "scripts", "build-code-cache.js")], { cwd: root, encoding: "utf8" });
  if (codeCache.status !== 0) throw new Error(`building the code cache failed:\n${codeCache.stderr}`);
};
