import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..", "..");

/** Runs the CLI from a copy of the built package with some of dist/ removed. */
function runWithout(removed: string[], args: string[]): { status: number | null; stdout: string; stderr: string; copy: string; cleanup: () => void } {
  const copy = mkdtempSync(join(tmpdir(), "ancillary-launcher-"));
  for (const part of ["bin", "dist", "package.json", "templates", "examples"]) cpSync(join(root, part), join(copy, part), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"), "dir");
  for (const path of removed) rmSync(join(copy, "dist", path), { recursive: true });
  const result = spawnSync(process.execPath, [join(copy, "bin", "ancillary.js"), ...args], { encoding: "utf8", cwd: copy });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, copy, cleanup: () => rmSync(copy, { recursive: true, force: true }) };
}

describe("the ancillary launcher", () => {
  it("says in one line that a damaged installation needs reinstalling, exit 2, no stack trace", () => {
    const copy = mkdtempSync(join(tmpdir(), "ancillary-launcher-"));
    try {
      for (const part of ["bin", "dist", "package.json"]) cpSync(join(root, part), join(copy, part), { recursive: true });
      symlinkSync(join(root, "node_modules"), join(copy, "node_modules"), "dir");
      // The CLI's own modules are one file (dist/cli/main.js); commander, which it needs to start, is another.
      rmSync(join(copy, "dist", "vendor", "commander.js"));
      const result = spawnSync(process.execPath, [join(copy, "bin", "ancillary.js"), "validate", "x.yaml"], { encoding: "utf8" });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^ancillary: cannot start: the installation is incomplete or damaged \(MODULE_NOT_FOUND\); run `npm ci`/);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it("loads only the command run: a damaged drafting module stops draft in one line, exit 2, with nothing written", () => {
    // docx: only the DOCX writer loads it, once the case is checked and drafting starts.
    const run = runWithout(["vendor/docx.js"], ["draft", "examples/threat-to-control-former-partner.yaml", "--out", "out"]);
    try {
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^ancillary: cannot start: the installation is incomplete or damaged \(MODULE_NOT_FOUND\); run `npm ci`/);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(existsSync(join(run.copy, "out"))).toBe(false);
    } finally {
      run.cleanup();
    }
  });

  it("prints help for the program and for draft without yaml, docx, Handlebars or the templates' code", () => {
    for (const args of [["--help"], ["draft", "--help"], ["validate", "--help"], ["report", "--help"]]) {
      const run = runWithout(["vendor/yaml.js", "vendor/docx.js", "vendor/fflate.js", "vendor/handlebarsRuntime.js", "render", "writers"], args);
      try {
        expect({ args, status: run.status, stderr: run.stderr }).toEqual({ args, status: 0, stderr: "" });
        expect(run.stdout).toMatch(/^Usage: ancillary/);
      } finally {
        run.cleanup();
      }
    }
  });
});
