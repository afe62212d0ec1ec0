import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..", "..");

describe("the ancillary launcher", () => {
  it("says in one line that a damaged installation needs reinstalling, exit 2, no stack trace", () => {
    const copy = mkdtempSync(join(tmpdir(), "ancillary-launcher-"));
    try {
      for (const part of ["bin", "dist", "package.json"]) cpSync(join(root, part), join(copy, part), { recursive: true });
      symlinkSync(join(root, "node_modules"), join(copy, "node_modules"), "dir");
      rmSync(join(copy, "dist", "law", "table.json"));
      const result = spawnSync(process.execPath, [join(copy, "bin", "ancillary.js"), "validate", "x.yaml"], { encoding: "utf8" });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^ancillary: cannot start: the installation is incomplete or damaged \(MODULE_NOT_FOUND\); run `npm ci`/);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
