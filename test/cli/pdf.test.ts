import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
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

  it("names --pdf-a when that is what needs LibreOffice", () => {
    const out = join(scratch, "out");
    const result = runCli(["draft", example, "--out", out, "--pdf-a"], { env: { ...process.env, PATH: join(scratch, "empty") } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--pdf-a needs LibreOffice, which is not installed \(nothing was written\).*or draft without --pdf-a\./);
    expect(existsSync(out)).toBe(false);
  });

  /**
   * A stand-in for LibreOffice, first on the PATH: it records its arguments and
   * writes `pdf` as each PDF, as LibreOffice before 7.4 would (it ignores the
   * JSON export options and writes an untagged PDF).
   */
  function fakeLibreOffice(pdf: string): { env: NodeJS.ProcessEnv; args: () => string[] } {
    const bin = join(scratch, "bin");
    mkdirSync(bin);
    const argsFile = join(scratch, "soffice-args.json");
    const script = [
      `#!${process.execPath}`,
      `const fs = require("node:fs"), path = require("node:path");`,
      `const args = process.argv.slice(2);`,
      `fs.writeFileSync(${JSON.stringify(argsFile)}, JSON.stringify(args));`,
      `const out = args[args.indexOf("--outdir") + 1];`,
      `for (const docx of args.filter((a) => a.endsWith(".docx"))) fs.writeFileSync(path.join(out, path.basename(docx, ".docx") + ".pdf"), ${JSON.stringify(pdf)});`,
    ].join("\n");
    writeFileSync(join(bin, "soffice"), script, { mode: 0o755 });
    return { env: { PATH: `${bin}:/usr/bin:/bin` }, args: () => JSON.parse(readFileSync(argsFile, "utf8")) as string[] };
  }

  const untagged = "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n%%EOF\n";
  const taggedNotArchival = "%PDF-1.6\n1 0 obj <</Type /Catalog /Pages 2 0 R /StructTreeRoot 3 0 R>> endobj\n%%EOF\n";

  it("asks LibreOffice for tagged PDF with the title shown, and writes nothing when the PDF it makes is not tagged", () => {
    const soffice = fakeLibreOffice(untagged);
    const out = join(scratch, "out");
    const result = runCli(["draft", example, "--out", out, "--pdf"], { env: soffice.env });
    const filter = soffice.args()[soffice.args().indexOf("--convert-to") + 1];
    expect(filter.startsWith("pdf:writer_pdf_Export:")).toBe(true);
    expect(JSON.parse(filter.slice("pdf:writer_pdf_Export:".length))).toEqual({
      UseTaggedPDF: { type: "boolean", value: "true" },
      DisplayPDFDocumentTitle: { type: "boolean", value: "true" },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("ancillary: LibreOffice made application.pdf, but it is not tagged (LibreOffice 7.4 or later is needed); nothing was written\n");
    expect(existsSync(out)).toBe(false);
  });

  it("asks for PDF/A-2b with --pdf-a, and writes nothing when the PDF makes no PDF/A claim", () => {
    const soffice = fakeLibreOffice(taggedNotArchival);
    const out = join(scratch, "out");
    const result = runCli(["draft", example, "--out", out, "--pdf-a"], { env: soffice.env });
    const filter = soffice.args()[soffice.args().indexOf("--convert-to") + 1];
    expect(JSON.parse(filter.slice("pdf:writer_pdf_Export:".length))).toMatchObject({ UseTaggedPDF: { value: "true" }, SelectPdfVersion: { type: "long", value: "2" } });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("ancillary: LibreOffice made application.pdf, but it is not PDF/A-2 (LibreOffice 7.4 or later is needed); nothing was written\n");
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
