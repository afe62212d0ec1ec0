import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { writeDocx } from "../../src/writers/docx";
import { xmlSafe } from "../../src/writers/docx/xmlText";
import { docxParagraphs, docxParts } from "../support/docxText";

describe("xmlSafe", () => {
  it("keeps text XML allows as it is", () => {
    const allowed = "plain <&>\"' \t\n\r é ŵ مرحبا \u0085 \uFFFD \uD83D\uDE93 \uDBFF\uDFFF";
    expect(xmlSafe(allowed)).toBe(allowed);
  });

  it("drops C0 controls other than tab, newline and carriage return", () => {
    expect(xmlSafe("a\u0000b\u0001c\u0008d\u000Be\u000Cf\u000Eg\u001Fh")).toBe("abcdefgh");
  });

  it("drops U+FFFE and U+FFFF", () => {
    expect(xmlSafe("a\uFFFEb\uFFFFc")).toBe("abc");
  });

  it("drops surrogates that are not half of a pair, and keeps pairs", () => {
    expect(xmlSafe("a\uD800b")).toBe("ab");
    expect(xmlSafe("a\uDC00b")).toBe("ab");
    expect(xmlSafe("\uDC00\uD800")).toBe("");
    expect(xmlSafe("end\uD83D")).toBe("end");
    expect(xmlSafe("\uD83D\uD83D\uDE93")).toBe("\uD83D\uDE93");
  });
});

describe("writeDocx with any text at all", () => {
  /** Any UTF-16 code unit, lone surrogates and controls included. */
  const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
  const anyText = fc.string({ unit: fc.oneof(anyCodeUnit, fc.constantFrom("<", "&", "]]>", "\r\n", "{PAGE}")) });

  it("always writes well-formed XML that reads back as the text, less what XML forbids", () => {
    fc.assert(
      fc.property(anyText, anyText, (text, footer) => {
        const bytes = writeDocx({
          properties: { title: text, subject: text, language: "en-GB", date: "2024-01-01", creator: text, footer },
          blocks: [
            { type: "paragraph", runs: [{ text }] },
            { type: "table", header: [[{ text, bold: true }]], rows: [[[{ text }]]] },
          ],
        });
        const parts = docxParts(bytes);
        // The parts the text goes into; the rest are the same in every document.
        for (const path of ["word/document.xml", "word/footer1.xml", "docProps/core.xml"]) {
          expect(XMLValidator.validate(parts.get(path) ?? "")).toBe(true);
        }
        const shown = xmlSafe(text).replace(/\r\n|\r/g, "\n");
        expect(docxParagraphs(bytes)).toEqual([shown, shown, shown]);
      }),
      { numRuns: 200 },
    );
  });
});
