import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageRoot, runCli } from "../support/cli";

const example = join(packageRoot, "examples", "threat-to-control-former-partner.yaml");
const hasLibreOffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;

describe("ancillary draft --pdf", () => {
  let scratch: string;
  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), "ancillary-pdf-"));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  it("explains how to install LibreOffice when it is missing, and writes nothing", () => {
    const out = join(scratch, "out");
    // A PATH with no soffice on it (nor anything else): as on a machine without LibreOffice.
    const result = runCli(["draft", example, "--out", out, "--pdf"], { env: { ...process.env, PATH: join(scratch, "empty") } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--pdf needs LibreOffice, which is not installed \(nothing was written\).*apt-get install -y --no-install-recommends libreoffice-writer-nogui/);
    expect(existsSync(out)).toBe(false);
  });

  (hasLibreOffice ? it : it.skip)("writes a PDF of each DOCX beside it, owner-only, when LibreOffice is installed", () => {
    const out = join(scratch, "out");
    const result = runCli(["draft", example, "--out", out, "--pdf"]);
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["application.docx", "application.pdf", "order.docx", "order.pdf", "order.txt"]);
    for (const pdf of ["order.pdf", "application.pdf"]) {
      expect(readFileSync(join(out, pdf)).subarray(0, 5).toString()).toBe("%PDF-");
      expect(statSync(join(out, pdf)).mode & 0o777).toBe(0o600);
    }
  });
});
