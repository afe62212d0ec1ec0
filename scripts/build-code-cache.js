// Drafts an example with the built CLI while recording the code V8 compiles for
// each module it loads, into dist/code-cache.bin and dist/code-cache.json, so a
// run compiles none of it again (src/startup/codeCache.ts). Runs last in the
// build. The documents are written to a temporary folder and removed.
const { spawnSync } = require("node:child_process");
const { mkdtempSync, rmSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");

const root = join(__dirname, "..");
const out = mkdtempSync(join(tmpdir(), "ancillary-code-cache-"));
try {
  const record = `require(${JSON.stringify(join(root, "dist", "startup", "codeCache.js"))}).recordCodeCache()`;
  // The restraining order example loads and runs the most of drafting.
  const example = join(root, "examples", "threat-with-cloud-backup-and-restraining.yaml");
  const run = spawnSync(process.execPath, ["-e", `${record}; process.argv.splice(1, 0, "ancillary"); require(${JSON.stringify(join(root, "bin", "ancillary.js"))})`, "draft", example, "--out", join(out, "draft")], {
    cwd: root,
    encoding: "utf8",
  });
  if (run.status !== 0) {
    process.stderr.write(`scripts/build-code-cache.js: drafting the example failed (exit ${run.status}):\n${run.stderr}`);
    process.exit(1);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
