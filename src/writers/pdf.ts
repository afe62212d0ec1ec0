import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { STAGING_PREFIX, WriteAborted, type OutputFile } from "../files/writeOutputs";

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

/** The LibreOffice command, or a PdfError that says how to install it; `asked` is the option that needs it. */
export function requireSoffice(asked = "--pdf"): string {
  const soffice = findSoffice();
  if (soffice) return soffice;
  throw new PdfError(
    `${asked} needs LibreOffice, which is not installed (nothing was written). On Debian or Ubuntu: apt-get install -y --no-install-recommends libreoffice-writer-nogui; or draft without ${asked}.`,
  );
}

export interface PdfOptions {
  /** PDF/A-2b (ISO 19005-2), for archiving, instead of plain PDF. */
  archival?: boolean;
}

/** LibreOffice's PDF/A-2b in its export filter's SelectPdfVersion. */
const PDF_A_2B = 2;

/**
 * The export filter and its options, in the JSON form LibreOffice reads from
 * 7.4 on: tagged PDF (headings, lists and tables marked as such, for screen
 * readers and for reflowing), the document's title shown in place of the
 * file name, and with `archival` PDF/A-2b. The title itself comes from the
 * DOCX's core properties.
 */
export function pdfExportFilter(options: PdfOptions = {}): string {
  const settings: Record<string, { type: "boolean" | "long"; value: string }> = {
    UseTaggedPDF: { type: "boolean", value: "true" },
    DisplayPDFDocumentTitle: { type: "boolean", value: "true" },
    ...(options.archival ? { SelectPdfVersion: { type: "long", value: String(PDF_A_2B) } } : {}),
  };
  return `pdf:writer_pdf_Export:${JSON.stringify(settings)}`;
}

/**
 * What can be seen of a PDF LibreOffice made, without a PDF library: whether it
 * is tagged (a structure tree) and claims PDF/A-2 (in its XMP metadata).
 * LibreOffice before 7.4 ignores the JSON filter options and writes an untagged
 * PDF 1.x; that is refused, not passed off as what was asked. A PDF that packs
 * its objects into compressed streams cannot be read this way, and is let be.
 */
export function pdfFallsShort(bytes: Uint8Array, options: PdfOptions = {}): string | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  if (text.includes("/ObjStm")) return undefined;
  if (!text.includes("/StructTreeRoot")) return "it is not tagged";
  if (options.archival && !/pdfaid:part(>|=")2/.test(text)) return "it is not PDF/A-2";
  return undefined;
}

/**
 * PDFs of DOCX documents, made by LibreOffice, headless, in a private scratch
 * folder inside `workDir` (its own profile too), removed afterwards: nothing is
 * written where the documents go, so the caller writes PDFs and documents as one set.
 * Aborting (a signal) stops LibreOffice and rejects.
 */
export async function convertToPdf(docx: OutputFile[], workDir: string, signal?: AbortSignal, options: PdfOptions = {}): Promise<OutputFile[]> {
  const soffice = requireSoffice(options.archival ? "--pdf-a" : "--pdf");
  const scratch = mkdtempSync(join(workDir, `${STAGING_PREFIX}${process.pid}-pdf-`));
  try {
    const inputs = docx.map((file) => {
      const path = join(scratch, file.fileName);
      writeFileSync(path, file.bytes, { mode: 0o600, flag: "wx" });
      return path;
    });
    const outDir = join(scratch, "pdf");
    mkdirSync(outDir, { mode: 0o700 });
    const result = await run(soffice, [`-env:UserInstallation=file://${join(scratch, "profile")}`, "--headless", "--convert-to", pdfExportFilter(options), "--outdir", outDir, ...inputs], signal);
    if (result.code !== 0) throw new PdfError(`LibreOffice could not convert the documents (${result.stderr.trim() || `exit ${result.code}`}); nothing was written`);
    return docx.map((file) => {
      const fileName = file.fileName.replace(/\.docx$/, ".pdf");
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(outDir, fileName));
      } catch {
        throw new PdfError(`LibreOffice made no ${fileName} (${result.stderr.trim() || "no message"}); nothing was written`);
      }
      const short = pdfFallsShort(bytes, options);
      if (short) throw new PdfError(`LibreOffice made ${fileName}, but ${short} (LibreOffice 7.4 or later is needed); nothing was written`);
      return { fileName, bytes };
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Runs LibreOffice, at most two minutes. It runs in its own process group, so
 * that stopping it (a signal to ancillary, or the time limit) stops everything
 * it started, and an abort does not wait for it to finish.
 */
function run(command: string, args: string[], signal?: AbortSignal): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"], detached: true });
    let stderr = "";
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      finish();
    };
    const stopAll = () => {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
    };
    const onAbort = () => {
      stopAll();
      child.stderr.destroy();
      settle(() => reject(new WriteAborted(String(signal!.reason))));
    };
    const timer = setTimeout(() => {
      stopAll();
      settle(() => reject(new PdfError("LibreOffice took more than two minutes and was stopped; nothing was written")));
    }, 120_000);
    child.stderr.on("data", (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString("utf8");
    });
    if (signal?.aborted) return onAbort();
    signal?.addEventListener("abort", onAbort, { once: true });
    child.on("error", (error) => settle(() => reject(new PdfError(`LibreOffice could not be started (${(error as NodeJS.ErrnoException).code ?? error.message}); nothing was written`))));
    child.on("close", (code) => settle(() => resolve({ code, stderr })));
  });
}
