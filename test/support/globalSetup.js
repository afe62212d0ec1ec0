// The CLI tests drive the built CLI (bin/ancillary.js -> dist/), so build once first.
const { execFileSync } = require("node:child_process");
const { join } = require("node:path");

module.exports = async function globalSetup() {
  const root = join(__dirname, "..", "..");
  execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "tsconfig.build.json")], {
    cwd: root,
    stdio: "inherit",
  });
};
