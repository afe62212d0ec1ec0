import fc from "fast-check";
import type { Block, Run, StructuredDocument } from "../../src/document/model";
import { writeDocx } from "../../src/writers/docx";
import { bodyContent } from "../../src/writers/docx/blocks";
import { footerParagraph } from "../../src/writers/docx/footer";
import { estimatePages } from "../../src/writers/docx/pageEstimate";
import { packageParts } from "../../src/writers/docx/packageParts";
import { houseDocument } from "../../src/writers/docx/housePackage";
import { docxParagraphs, docxParts } from "../support/docxText";

/** The parts docx writes when it compiles the whole document itself: what the stencils must reproduce. */
function docxOwnParts(doc: StructuredDocument): ReturnType<typeof packageParts> {
  return packageParts(
    houseDocument({
      language: doc.properties.language,
      children: bodyContent(doc.blocks),
      footer: doc.properties.footer === undefined ? undefined : footerParagraph(doc.properties.footer, estimatePages(doc.blocks)),
    }),
  );
}

function documentOf(blocks: Block[], footer: string | undefined): StructuredDocument {
  return { properties: { title: "T", language: "en-GB", date: "2024-01-01", footer }, blocks };
}

/** Text with what changes a block's shape (line breaks, tabs, empty pieces, page-number names) and what needs escaping. */
const piece = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom("\n", "\r\n", "\r", "\t", "\t\t", "", " ", "<&>\"'", "]]>", "CURRENT", "TOTAL_PAGES", "SECTION", "{PAGE}", "\u0001", "\uD800", "\uE000", "\uE0010\uE001"),
);
const text = fc.array(piece, { maxLength: 5 }).map((pieces) => pieces.join(""));
const runs: fc.Arbitrary<Run[]> = fc.array(
  fc.record({ text, bold: fc.option(fc.boolean(), { nil: undefined }) }, { requiredKeys: ["text"] }),
  { maxLength: 3 },
);
const keep = fc.option(fc.constant(true as const), { nil: undefined });
const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ type: fc.constantFrom("paragraph" as const, "numbered" as const, "centered" as const), runs, keepWithPrevious: keep }, { requiredKeys: ["type", "runs"] }),
  fc.record({ type: fc.constant("bullet" as const), runs, nested: keep, keepWithPrevious: keep }, { requiredKeys: ["type", "runs"] }),
  fc.record({ type: fc.constant("heading" as const), level: fc.constantFrom(1 as const, 2 as const, 3 as const), runs, keepWithPrevious: keep }, { requiredKeys: ["type", "level", "runs"] }),
  fc.record(
    {
      type: fc.constant("table" as const),
      header: fc.array(runs, { maxLength: 3 }),
      rows: fc.array(fc.array(runs, { maxLength: 4 }), { maxLength: 3 }),
      caption: text,
      description: text,
      keepWithPrevious: keep,
    },
    { requiredKeys: ["type", "header", "rows"] },
  ),
  fc.record({ type: fc.constant("signature" as const), lines: fc.array(fc.record({ label: text, value: text }), { maxLength: 3 }), keepWithPrevious: keep }, { requiredKeys: ["type", "lines"] }),
  fc.constant({ type: "pageBreak" as const }),
);

describe("writeDocx by stencil", () => {
  it("writes, for any blocks and footer, exactly the XML docx writes compiling the document itself", () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), fc.option(text, { nil: undefined }), (blocks, footer) => {
        const doc = documentOf(blocks, footer);
        const written = docxParts(writeDocx(doc));
        for (const [path, xml] of docxOwnParts(doc)) {
          if (path === "docProps/core.xml") continue;
          expect({ path, xml: written.get(path) }).toEqual({ path, xml });
        }
      }),
      { numRuns: 150 },
    );
  });

  it("gives two blocks of one shape each its own text", () => {
    const bytes = writeDocx(
      documentOf(
        [
          { type: "numbered", runs: [{ text: "First <one>" }, { text: " & bold", bold: true }] },
          { type: "numbered", runs: [{ text: "Second" }, { text: " also bold", bold: true }] },
        ],
        undefined,
      ),
    );
    expect(docxParagraphs(bytes)).toEqual(["First <one> & bold", "Second also bold"]);
  });

  it("keeps text that spells a docx page-number name as text, in the body and the footer", () => {
    const doc = documentOf([{ type: "paragraph", runs: [{ text: "Status:\tCURRENT" }] }], "{PAGE}CURRENT{PAGES}");
    for (const parts of [docxParts(writeDocx(doc)), docxOwnParts(doc) as Map<string, string>]) {
      expect(parts.get("word/document.xml")).toContain(">CURRENT</w:t>");
      expect(parts.get("word/document.xml")).not.toContain("w:fldChar");
      expect(parts.get("word/footer1.xml")).toContain(">CURRENT</w:t>");
      // The footer's own two fields, and no third.
      expect(parts.get("word/footer1.xml")?.match(/w:fldCharType="begin"/g)).toHaveLength(2);
    }
  });
});
