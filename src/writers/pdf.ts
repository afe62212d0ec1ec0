import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { tmpdir } from "node:os";
import { writeOutputs } from "../files/writeOutputs";

/** LibreOffice is missing or could not convert: the caller's set-up, never the case's fault. */
export class PdfError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PdfError";
  }
}

/** The LibreOffice command, if installed. */
export function findSoffice(): string | undefined {
  for (const name of ["soffice", "libreoffice"]) {
    const probe = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
    if (probe.status === 0 && probe.stdout.trim()) return probe.stdout.trim();
  }
  return undefined;
}

/** The LibreOffice command, or a PdfError that says how to install it. */
export function requireSoffice(): string {
  const soffice = findSoffice();
  if (soffice) return soffice;
  throw new PdfError(
    "--pdf needs LibreOffice, which is not installed (nothing was written). On Debian or Ubuntu: apt-get install -y --no-install-recommends libreoffice-writer-nogui; or draft without --pdf.",
  );
}

/**
 * Converts DOCX files to PDF with LibreOffice, headless, in a private scratch
 * folder (its own profile too), then moves the PDFs into the output folder safely.
 */
export async function convertToPdf(docxPaths: string[], outDir: string, options: { force: boolean }): Promise<string[]> {
  const soffice = requireSoffice();
  const scratch = mkdtempSync(join(tmpdir(), "ancillary-pdf-"));
  try {
    const result = spawnSync(
      soffice,
      [`-env:UserInstallation=file://${join(scratch, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", scratch, ...docxPaths],
      { encoding: "utf8", timeout: 120_000 },
    );
    if (result.status !== 0) throw new PdfError(`LibreOffice could not convert the documents (${(result.stderr || result.error?.message || "").trim()})`);
    const files = docxPaths.map((path) => {
      const fileName = basename(path).replace(/\.docx$/, ".pdf");
      return { fileName, bytes: readFileSync(join(scratch, fileName)) };
    });
    return await writeOutputs(outDir, files, { force: options.force });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
