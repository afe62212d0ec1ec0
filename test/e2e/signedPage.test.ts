/**
 * The page that is signed carries operative words: cases of 1 to 10 items,
 * drafted and opened in LibreOffice (one soffice run converts them all), the
 * last page of each order and application read back with pdftotext. Skipped,
 * saying so, when LibreOffice or poppler is not installed (.ci/run installs
 * them).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Case, PropertyItem } from "../../src/case/types";
import { runsText, type Block, type StructuredDocument } from "../../src/document/model";
import { renderCase } from "../../src/pipeline/draftCase";
import { writeDocx } from "../../src/writers/docx";
import { estimatePages } from "../../src/writers/docx/pageEstimate";
import { validCase } from "../support/cases";

const has = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
const available = has("soffice") && has("pdftotext") && has("pdfinfo");
if (!available) {
  // eslint-disable-next-line no-console
  console.warn("SKIPPED: signed-page test: soffice, pdftotext or pdfinfo is not installed (apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils)");
}
const describeWithLibreOffice = available ? describe : describe.skip;

const DESCRIPTIONS = [
  "Samsung Galaxy S23 mobile telephone, grey, in a black case",
  "Apple MacBook Air laptop computer, silver, with charger",
  "SanDisk 64 GB USB memory stick, red",
  "Canon EOS 250D digital camera with 18-55 mm lens and strap",
  "Apple iPhone 12 mobile telephone, blue, cracked screen, in a clear case",
  "Lenovo ThinkPad desktop tower computer, black",
  "Seagate 2 TB external hard drive, black, with USB cable",
  "Amazon Fire HD 10 tablet, black, in a purple folding cover",
  "Kingston 32 GB micro SD card, in a card adapter",
  "Nikon Coolpix compact camera, silver",
];

/** The valid test case with `count` items applied for; odd counts in the Crown Court, even in a magistrates' court. */
function caseWithItems(count: number): Case {
  const theCase = validCase();
  const [phone] = theCase.property;
  theCase.court.level = count % 2 === 1 ? "crown" : "magistrates";
  theCase.property = DESCRIPTIONS.slice(0, count).map(
    (description, index): PropertyItem => ({
      ...phone,
      id: `P${index + 1}`,
      description,
      identifiers: index % 2 === 0 ? { exhibit: `KT/${index + 1}`, imei: `35678910456321${index}` } : { exhibit: `KT/${index + 1}`, serial: `SN${100000 + index * 7919}` },
      use: { ...phone.use!, route: index % 3 === 1 ? "used-to-facilitate" : "used-to-commit" },
      value: { amount: 100 + index * 10, currency: "GBP" },
    }),
  );
  theCase.applications!.deprivation!.property = theCase.property.map((item) => item.id);
  return theCase;
}

const flat = (text: string) => text.replace(/\s+/g, " ").trim();

/** The last few words of the block just before the signature block: what must share its page. */
function wordsBeforeSignature(document: StructuredDocument): string {
  const blocks = document.blocks;
  const signature = blocks.findIndex((block) => block.type === "signature");
  expect(signature).toBeGreaterThan(0);
  expect(blocks[signature].keepWithPrevious).toBe(true);
  const before: Block = blocks[signature - 1];
  if (before.type === "table" || before.type === "signature" || before.type === "pageBreak") throw new Error(`a ${before.type} comes before the signature`);
  return flat(runsText(before.runs)).split(" ").slice(-5).join(" ");
}

describeWithLibreOffice("the page that is signed, for 1 to 10 items", () => {
  let scratch: string;
  const drafted = new Map<string, { document: StructuredDocument; theCase: Case }>();
  const lastPages = new Map<string, { text: string; pages: number }>();

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "ancillary-signed-"));
    const files: string[] = [];
    for (let count = 1; count <= 10; count++) {
      const theCase = caseWithItems(count);
      for (const rendered of renderCase(theCase)) {
        if (rendered.format !== "docx") continue;
        const name = `${String(count).padStart(2, "0")}-${rendered.fileName}`;
        writeFileSync(join(scratch, name), writeDocx(rendered.document));
        drafted.set(name, { document: rendered.document, theCase });
        files.push(name);
      }
    }
    // One LibreOffice start for every file: far quicker than one each.
    const conversion = spawnSync(
      "soffice",
      [`-env:UserInstallation=file://${join(scratch, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", scratch, ...files],
      { cwd: scratch, encoding: "utf8", timeout: 300_000 },
    );
    expect(conversion.status).toBe(0);
    for (const name of files) {
      const pdf = join(scratch, name.replace(/\.docx$/, ".pdf"));
      const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
      const text = spawnSync("pdftotext", ["-f", String(pages), "-l", String(pages), "-layout", pdf, "-"], { encoding: "utf8" }).stdout;
      lastPages.set(name, { text: flat(text), pages });
    }
  }, 360_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  const counts = Array.from({ length: 10 }, (_, index) => index + 1);

  it.each(counts)("keeps the order's signature with the order's operative words, with %i item(s)", (count) => {
    const name = `${String(count).padStart(2, "0")}-order.docx`;
    const { document, theCase } = drafted.get(name)!;
    const { text, pages } = lastPages.get(name)!;
    expect(text).toContain("Signature:");
    expect(text).toContain(theCase.court.level === "crown" ? "Judge:" : "Chair of the bench or District Judge:");
    expect(text).toContain("is deprived of his rights");
    expect(text).toContain(wordsBeforeSignature(document));
    expect(text).toContain(`Deprivation order, R v Martin OAKES, 41LN0456726. Page ${pages} of ${pages}`);
  });

  it.each(counts)("keeps the application's signature with its last paragraph, with %i item(s)", (count) => {
    const name = `${String(count).padStart(2, "0")}-application.docx`;
    const { document, theCase } = drafted.get(name)!;
    const { text } = lastPages.get(name)!;
    expect(text).toContain(`Name: ${theCase.prosecutor.name}`);
    expect(text).toContain(wordsBeforeSignature(document));
  });

  it("estimates the page count its footer caches to within a page of LibreOffice's", () => {
    for (const [name, { document }] of drafted) {
      const { pages } = lastPages.get(name)!;
      expect({ name, off: Math.abs(estimatePages(document.blocks) - pages) <= 1 }).toEqual({ name, off: true });
    }
  });
});
