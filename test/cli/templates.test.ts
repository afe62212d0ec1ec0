import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageRoot } from "../support/cli";

/**
 * An installed copy of ancillary whose templates a user has edited: a partial
 * that includes itself. Drafting must say so in one line and stop (exit 2), not
 * hang or overflow the stack.
 */
describe("a partial that includes itself, in the templates drafting uses", () => {
  let install: string;
  let work: string;
  beforeAll(() => {
    install = mkdtempSync(join(tmpdir(), "ancillary-install-"));
    for (const part of ["bin", "dist", "templates", "schemas", "docs", "package.json"]) cpSync(join(packageRoot, part), join(install, part), { recursive: true });
    symlinkSync(join(packageRoot, "node_modules"), join(install, "node_modules"), "dir");
    writeFileSync(join(install, "templates", "partials", "identifiers.hbs"), "Exhibit {{identifiers.exhibit}}{{#if identifiers.imei}}, {{> identifiers}}{{/if}}\n");
    work = mkdtempSync(join(tmpdir(), "ancillary-work-"));
    mkdirSync(join(work, "cases"));
    cpSync(join(packageRoot, "examples", "threat-to-control-former-partner.yaml"), join(work, "cases", "case.yaml"));
  });
  afterAll(() => {
    rmSync(install, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  /** Runs the copy from inside it, so the template is named as templates/... */
  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, [join(install, "bin", "ancillary.js"), ...args], { cwd: install, encoding: "utf8", input: "", timeout: 30_000, killSignal: "SIGKILL" });
    return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
  };
  const LINE = 'templates/partials/identifiers.hbs:1:58: the partial "identifiers" includes itself: drafting would never end; remove this {{> identifiers}}\n';

  it("stops `draft` with one line naming the template, exit 2, and writes nothing", () => {
    const out = join(work, "draft-out");
    const result = run("draft", join(work, "cases", "case.yaml"), "--out", out);
    expect({ code: result.code, signal: result.signal, stderr: result.stderr, stdout: result.stdout }).toEqual({ code: 2, signal: null, stderr: LINE, stdout: "" });
    expect(existsSync(out)).toBe(false);
  });

  it("stops `batch` before any case, with the same line, exit 2, and writes nothing", () => {
    const out = join(work, "batch-out");
    const result = run("batch", join(work, "cases"), "--out", out, "--quiet");
    expect({ code: result.code, signal: result.signal, stderr: result.stderr, stdout: result.stdout }).toEqual({ code: 2, signal: null, stderr: LINE, stdout: "" });
    expect(existsSync(out)).toBe(false);
  });

  it("is a finding at its place in `ancillary check`, and the documents are not drafted", () => {
    mkdirSync(join(work, "fixtures"));
    const places = ["--examples", join(packageRoot, "examples"), "--golden", join(work, "golden"), "--fixtures", join(work, "fixtures")];
    const result = run("check", "--templates", join(install, "templates"), ...places);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('templates/partials/identifiers.hbs:1:58 error [template-recursion] the partial "identifiers" includes itself');
    expect(result.stdout).toContain("The documents were not drafted");
  });
});
