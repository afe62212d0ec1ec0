/**
 * Opens every example's DOCX in LibreOffice, as a court's machine would, and
 * reads the rendered PDF back with pdftotext. Skipped, saying so, when
 * LibreOffice or pdftotext is not installed (.ci/run installs both).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";

const root = join(__dirname, "..", "..");
// An example at charge applies for nothing, so has no documents to draft (test/e2e/planChecklist.test.ts renders its checklist).
const examples = readdirSync(join(root, "examples"))
  .filter((f) => f.endsWith(".yaml"))
  .filter((f) => parse(readFileSync(join(root, "examples", f), "utf8")).applications !== undefined);
const has = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
const available = has("soffice") && has("pdftotext");
if (!available) {
  // eslint-disable-next-line no-console
  console.warn("SKIPPED: LibreOffice end-to-end test: soffice or pdftotext is not installed (apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils)");
}
const describeWithLibreOffice = available ? describe : describe.skip;

interface RenderedPdf {
  pages: string[];
}

function renderPdf(docxPath: string, scratch: string): RenderedPdf {
  const conversion = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${join(scratch, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", scratch, docxPath],
    { encoding: "utf8", timeout: 120_000 },
  );
  expect(conversion.status).toBe(0);
  const pdf = join(scratch, docxPath.split("/").pop()!.replace(/\.docx$/, ".pdf"));
  const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
  return { pages: text.split("\f").filter((page) => page.trim() !== "") };
}

const flat = (text: string) => text.replace(/\s+/g, " ");

describeWithLibreOffice("LibreOffice opens every drafted document", () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "ancillary-e2e-"));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it.each(examples)("renders %s's orders and applications, every page headed and footed", (example) => {
    const theCase = parse(readFileSync(join(root, "examples", example), "utf8"));
    const out = join(scratch, example.replace(/\.yaml$/, ""));
    const drafted = spawnSync(process.execPath, [join(root, "bin", "ancillary.js"), "draft", join(root, "examples", example), "--out", out], { encoding: "utf8" });
    expect(drafted.stderr).not.toMatch(/ error \[/);
    expect(drafted.status).toBe(0);
    const defendant = flat(theCase.defendant.name);
    const documents = [
      ...(theCase.applications.deprivation ? ["order.docx", "application.docx"] : []),
      ...(theCase.applications.restraining ? ["restraining-order.docx", "restraining-notice.docx"] : []),
    ];
    expect(documents.length).toBeGreaterThan(0);
    for (const document of documents) {
      const deprivation = !document.startsWith("restraining-");
      const { pages } = renderPdf(join(out, document), scratch);
      expect(pages.length).toBeGreaterThan(0);
      const first = flat(pages[0]);
      expect(first).toContain(`R v ${defendant.toUpperCase()}`);
      expect(first).toMatch(theCase.court.level === "crown" ? /IN THE CROWN COURT AT/ : /MAGISTRATES' COURT/);
      expect(first).toContain(deprivation ? "Sentencing Act 2020, s.153" : "Sentencing Act 2020, s.359");
      pages.forEach((page, i) => {
        // The footer names the case on every page, with "Page X of Y".
        expect(flat(page)).toContain(`R v ${defendant}`);
        expect(flat(page)).toContain(`Page ${i + 1} of ${pages.length}`);
      });
      const all = flat(pages.join(" "));
      if (deprivation) expect(all).toMatch(/Item +Description +Identifiers/);
      for (const id of deprivation ? theCase.applications.deprivation.property : []) {
        const item = theCase.property.find((p: { id: string }) => p.id === id);
        expect(all).toContain(item.identifiers.exhibit);
      }
      for (const complainant of theCase.complainants ?? []) {
        for (const part of String(complainant.name).split(/\s+/)) expect(all.toLowerCase()).not.toContain(part.toLowerCase());
      }
    }
  });
});
