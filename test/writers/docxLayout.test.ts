import { columnWidths } from "../../src/writers/docx/columnWidths";
import { TEXT_WIDTH } from "../../src/writers/docx/styles";
import { longestWordWidth, textWidth } from "../../src/writers/docx/textWidth";
import { writeDocx } from "../../src/writers/docx";
import type { Run } from "../../src/document/model";
import { docxParts } from "../support/docxText";
import fc from "fast-check";

const cell = (text: string): Run[] => [{ text }];
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe("text width estimates", () => {
  it("grows with the text, and more for capitals and bold", () => {
    expect(textWidth("")).toBe(0);
    expect(textWidth("abcd")).toBeGreaterThan(textWidth("ab"));
    expect(textWidth("WWW")).toBeGreaterThan(textWidth("iii"));
    expect(textWidth("Description", true)).toBeGreaterThan(textWidth("Description"));
    expect(longestWordWidth("a Description b")).toBe(textWidth("Description"));
  });

  it("measures each character by its class, a surrogate pair as one character", () => {
    // The classes as first written: a pattern tested per character.
    const byPattern = (text: string, bold: boolean, points: number) => {
      let ems = 0;
      for (const char of text) ems += /[iljtfrI.,:;'!|() ]/.test(char) ? 0.3 : /[A-Zmw@%&]/.test(char) ? 0.75 : 0.56;
      return Math.ceil(ems * points * 20 * (bold ? 1.08 : 1));
    };
    const mixed = fc.array(fc.oneof(fc.string({ unit: "binary" }), fc.constantFrom("\uD83D", "\uDE00", "\uD83D\uDE00", "Ŵ", "I", "W", " ")), { maxLength: 8 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(mixed, fc.boolean(), fc.integer({ min: 6, max: 20 }), (text, bold, points) => {
        expect(textWidth(text, bold, points)).toBe(byPattern(text, bold, points));
      }),
      { numRuns: 2000 },
    );
    expect(textWidth("😀")).toBe(textWidth("x"));
  });
});

describe("table column widths", () => {
  const header = [cell("Item"), cell("Description"), cell("Identifiers"), cell("Value")];
  const rows = [
    [cell("1"), cell("Samsung Galaxy S23 mobile telephone, grey, in a black case"), cell("IMEI 356789104563218"), cell("£180.00")],
  ];

  it("always fill the text width exactly", () => {
    expect(sum(columnWidths(header, rows, 4, TEXT_WIDTH))).toBe(TEXT_WIDTH);
    expect(sum(columnWidths([cell("x".repeat(500))], [], 1, TEXT_WIDTH))).toBe(TEXT_WIDTH);
    expect(sum(columnWidths([], [[cell("a"), cell("b"), cell("c")]], 3, TEXT_WIDTH))).toBe(TEXT_WIDTH);
  });

  it("give every column room for its longest word, and the rest to the columns with most text", () => {
    const [item, description, identifiers, value] = columnWidths(header, rows, 4, TEXT_WIDTH);
    expect(identifiers).toBeGreaterThanOrEqual(textWidth("356789104563218"));
    expect(item).toBeGreaterThanOrEqual(textWidth("Item", true));
    expect(description).toBeGreaterThan(item);
    expect(description).toBeGreaterThan(value);
  });

  it("are written into the table grid and every cell", () => {
    const bytes = writeDocx({
      properties: { title: "T", language: "en-GB", date: "2024-01-01" },
      blocks: [{ type: "table", header, rows }],
    });
    const xml = docxParts(bytes).get("word/document.xml")!;
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
    expect(grid).toEqual(columnWidths(header, rows, 4, TEXT_WIDTH));
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
  });
});

describe("signature block layout", () => {
  function tabStops(labels: string[]): number[] {
    const bytes = writeDocx({
      properties: { title: "T", language: "en-GB", date: "2024-01-01" },
      blocks: [{ type: "signature", lines: labels.map((label) => ({ label, value: "" })) }],
    });
    const xml = docxParts(bytes).get("word/document.xml")!;
    const first = xml.match(/<w:tabs>[\s\S]*?<\/w:tabs>/)![0];
    return [...first.matchAll(/w:pos="(\d+)"/g)].map((match) => Number(match[1]));
  }

  it("starts values 5 cm in and draws a 9 cm signing line after short labels", () => {
    expect(tabStops(["Signed:", "Date:"])).toEqual([2835, 2835 + 5103]);
  });

  it("moves the values past the longest label, keeping the line inside the margin", () => {
    const [value, lineEnd] = tabStops(["Judge / Chair of the bench:", "Date:"]);
    expect(value).toBeGreaterThan(textWidth("Judge / Chair of the bench:"));
    expect(lineEnd).toBeLessThanOrEqual(TEXT_WIDTH);
    const [, longLineEnd] = tabStops(["A label far too long to leave room for a signing line after it at all:"]);
    expect(longLineEnd).toBe(TEXT_WIDTH);
  });
});
