/**
 * What the templates ask of the layout (issue 13): blocks kept with the one
 * before, points of a list item as its own level, tables described for
 * assistive technology, fields and numbering that read without layout.
 */
import type { Block, Run, StructuredDocument } from "../../src/document/model";
import { writeDocx } from "../../src/writers/docx";
import { columnWidths } from "../../src/writers/docx/columnWidths";
import { estimatePages } from "../../src/writers/docx/pageEstimate";
import { TABLE_POINTS, TEXT_WIDTH } from "../../src/writers/docx/styles";
import { textWidth } from "../../src/writers/docx/textWidth";
import { docxParts, paragraphsOf } from "../support/docxText";

function docx(blocks: Block[], footer?: string): Map<string, string> {
  const doc: StructuredDocument = { properties: { title: "T", language: "en-GB", date: "2024-01-01", footer }, blocks };
  return docxParts(writeDocx(doc));
}

/** The XML of each body paragraph outside tables, in order. */
function paragraphs(parts: Map<string, string>): string[] {
  const body = parts.get("word/document.xml")!.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "");
  return body.match(/<w:p>[\s\S]*?<\/w:p>|<w:p\/>/g) ?? [];
}

const text = (value: string): Run[] => [{ text: value }];
const signature: Block = { type: "signature", lines: [{ label: "Signature:", value: "" }], keepWithPrevious: true };

describe("a block kept with the one before it", () => {
  it("keeps the paragraph before a signature with it, so the signature never starts a page alone", () => {
    const [first, last, signed] = paragraphs(docx([{ type: "paragraph", runs: text("Earlier.") }, { type: "numbered", runs: text("The operative words.") }, signature]));
    expect(last).toContain("<w:keepNext/>");
    expect(first).not.toContain("<w:keepNext/>");
    expect(signed).not.toContain("<w:keepNext/>");
  });

  it("keeps nothing with what follows when nothing asks", () => {
    const [paragraph] = paragraphs(docx([{ type: "numbered", runs: text("Words.") }, { ...signature, keepWithPrevious: undefined }]));
    expect(paragraph).not.toContain("<w:keepNext/>");
  });

  it("keeps every row of a table with the block after it, and a signature's last line with the next", () => {
    const table: Block = { type: "table", header: [text("Item")], rows: [[text("1")], [text("2")]] };
    const parts = docx([table, { ...signature, lines: [{ label: "Judge:", value: "" }, { label: "Date:", value: "" }] }, { type: "paragraph", runs: text("After."), keepWithPrevious: true }]);
    const cells = parts.get("word/document.xml")!.match(/<w:tc>[\s\S]*?<\/w:tc>/g)!;
    expect(cells).toHaveLength(3);
    for (const cell of cells) expect(cell).toContain("<w:keepNext/>");
    const [judge, date] = paragraphs(parts);
    expect(judge).toContain("<w:keepNext/>");
    expect(date).toContain("<w:keepNext/>");
  });
});

/** The numbering (numId and level) a paragraph style gives. */
function styleNumbering(parts: Map<string, string>, styleId: string): { numId: string; level: string } {
  const style = parts.get("word/styles.xml")!.match(new RegExp(`<w:style [^>]*w:styleId="${styleId}"[^>]*>[\\s\\S]*?</w:style>`))![0];
  return { numId: /<w:numId w:val="(\d+)"\/>/.exec(style)![1], level: /<w:ilvl w:val="(\d+)"\/>/.exec(style)![1] };
}

function paragraphStyle(paragraph: string): string {
  return /<w:pStyle w:val="([^"]+)"\/>/.exec(paragraph)![1];
}

describe("points of a list item", () => {
  const parts = docx([
    { type: "numbered", runs: text("A finding:") },
    { type: "bullet", runs: text("its first point"), nested: true },
    { type: "bullet", runs: text("its second point"), nested: true },
    { type: "numbered", runs: text("The next finding.") },
    { type: "bullet", runs: text("A bullet") },
    { type: "bullet", runs: text("its point"), nested: true },
  ]);
  const [finding, first, second, next, bullet, point] = paragraphs(parts).map((p) => styleNumbering(parts, paragraphStyle(p)));

  it("are level 1 of the numbered paragraph's own list, so they belong to that finding", () => {
    expect(first).toEqual({ numId: finding.numId, level: "1" });
    expect(second).toEqual(first);
    expect(finding.level).toBe("0");
    expect(next).toEqual(finding);
  });

  it("are level 1 of the bullet list under a bullet", () => {
    expect(point).toEqual({ numId: bullet.numId, level: "1" });
    expect(bullet.numId).not.toBe(finding.numId);
  });

  it("are an ordinary bullet when no list item is above them", () => {
    const alone = docx([{ type: "paragraph", runs: text("Words.") }, { type: "bullet", runs: text("a point"), nested: true }]);
    expect(paragraphStyle(paragraphs(alone)[1])).toBe("ListBullet");
  });

  it("are numbered by levels none of which is marked tentative", () => {
    const numbering = parts.get("word/numbering.xml")!;
    for (const { numId } of [finding, bullet]) {
      const abstractId = new RegExp(`<w:num w:numId="${numId}"[^>]*><w:abstractNumId w:val="(\\d+)"/>`).exec(numbering)![1];
      const definition = new RegExp(`<w:abstractNum w:abstractNumId="${abstractId}"[\\s\\S]*?</w:abstractNum>`).exec(numbering)![0];
      expect(definition.match(/<w:lvl /g)).toHaveLength(2);
      expect(definition).not.toContain("w:tentative");
    }
  });
});

describe("a table for assistive technology", () => {
  it("carries its caption and description as the table's alternative text, escaped", () => {
    const xml = docx([{ type: "table", header: [text("Item")], rows: [[text("1")]], caption: "Schedule <of> property", description: 'Items & "uses"' }]).get("word/document.xml")!;
    expect(xml).toMatch(/<w:tblCaption w:val="Schedule &lt;of&gt; property"\/><w:tblDescription w:val="Items &amp; &quot;uses&quot;"\/><\/w:tblPr>/);
  });

  it("writes no alternative text a template did not give", () => {
    expect(docx([{ type: "table", header: [text("Item")], rows: [[text("1")]] }]).get("word/document.xml")).not.toMatch(/tblCaption|tblDescription/);
  });
});

describe("columns of a schedule", () => {
  const row = (...cells: string[]) => cells.map(text);
  const header = row("Item", "Description", "Identifiers", "Seizure", "Use", "Value");
  const rows = [1, 2, 3].map((n) =>
    row(
      String(n),
      "Samsung Galaxy S23 mobile telephone, grey, in a black case",
      `Exhibit KT/${n}; IMEI 35678910456321${n}`,
      "lawfully seized from the defendant, 5 March 2026",
      "used to facilitate the commission of the offence under Sexual Offences Act 2003, s.66B(4)",
      "£100.00",
    ),
  );
  /** Lines each cell wraps to at these widths, by the writer's own width guess. */
  const linesAt = (widths: number[]) =>
    rows.map((cells) =>
      cells.map((cell, column) => {
        let lines = 1;
        let used = 0;
        for (const word of cell[0].text.split(" ")) {
          const wide = textWidth(word, false, TABLE_POINTS);
          if (used > 0 && used + textWidth(" ", false, TABLE_POINTS) + wide > widths[column] - 216) {
            lines++;
            used = wide;
          } else used += (used > 0 ? textWidth(" ", false, TABLE_POINTS) : 0) + wide;
        }
        return lines;
      }),
    );

  it("give the prose columns room in step with their text, so no row is taller than the text needs", () => {
    const widths = columnWidths(header, rows, 6, TEXT_WIDTH);
    const tallest = Math.max(...linesAt(widths).flat());
    // Taking 1 mm from any column and giving it to the tallest cell's column never makes a shorter table.
    const [description, , seizure, use] = [1, 2, 3, 4].map((column) => Math.max(...linesAt(widths).map((r) => r[column])));
    expect(Math.max(description, seizure, use)).toBe(tallest);
    expect(Math.max(description, seizure, use) - Math.min(description, seizure, use)).toBeLessThanOrEqual(1);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
  });
});

describe("page fields that read without layout", () => {
  it("carry a cached page number and page count, so the footer reads 'Page 1 of N' before any layout", () => {
    const blocks: Block[] = [{ type: "paragraph", runs: text("First.") }, { type: "pageBreak" }, { type: "paragraph", runs: text("Second.") }];
    const footer = docx(blocks, "Page {PAGE} of {PAGES}").get("word/footer1.xml")!;
    expect(paragraphsOf(footer)).toEqual([`Page 1 of ${estimatePages(blocks)}`]);
    expect(estimatePages(blocks)).toBe(2);
    expect(footer).toMatch(/<w:instrText xml:space="preserve"> NUMPAGES <\/w:instrText><\/w:r><w:r><w:fldChar w:fldCharType="separate"\/><\/w:r><w:r><w:t xml:space="preserve">2<\/w:t><\/w:r><w:r><w:fldChar w:fldCharType="end"\/>/);
  });

  it("count more pages for more text", () => {
    const paragraph: Block = { type: "paragraph", runs: text("word ".repeat(400)) };
    expect(estimatePages([paragraph])).toBe(1);
    expect(estimatePages(new Array<Block>(10).fill(paragraph))).toBeGreaterThan(3);
  });
});
