import { XMLValidator } from "fast-xml-parser";
import { writeDocx } from "../../src/writers/docx";
import { xmlSafe } from "../../src/writers/docx/xmlText";
import { docxParagraphs, docxParts } from "../support/docxText";
import { everyBlockDocument, HOSTILE_TEXT, hostileDocument } from "./docxFixtures";

/** The text a paragraph should show for some model text: forbidden characters gone, line ends as "\n". */
function shownText(text: string): string {
  return xmlSafe(text).replace(/\r\n|\r/g, "\n");
}

function part(bytes: Uint8Array, path: string): string {
  const xml = docxParts(bytes).get(path);
  if (xml === undefined) throw new Error(`no ${path}`);
  return xml;
}

/** The XML of each body paragraph, in order (table cells included). */
function paragraphXml(bytes: Uint8Array): string[] {
  return part(bytes, "word/document.xml").match(/<w:p>[\s\S]*?<\/w:p>|<w:p\/>/g) ?? [];
}

/** The XML of the style with this id in styles.xml. */
function styleXml(bytes: Uint8Array, id: string): string {
  const match = part(bytes, "word/styles.xml").match(new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`));
  if (match === null) throw new Error(`no style ${id}`);
  return match[0];
}

const sample = writeDocx(everyBlockDocument());

describe("writeDocx: the document's words", () => {
  it("writes every block's text, in block order, table cells included", () => {
    expect(docxParagraphs(sample)).toEqual([
      "IN THE CROWN COURT AT MANCHESTER",
      "R v JOHN SMITH",
      "Deprivation order",
      "Section 153 Sentencing Act 2020",
      "Property",
      "The court orders deprivation of the property below.",
      "First numbered paragraph.",
      "Second numbered paragraph.",
      "A mobile telephone",
      "£1,250 in cash",
      "Third numbered paragraph.",
      "Item",
      "Description",
      "Exhibit",
      "1",
      "Mobile telephone",
      "JS/1",
      "2",
      "Cash",
      "", // a row shorter than the header is padded with an empty cell
      "On a new page.",
      "",
      "Signed:\t\t",
      "Judge:\tHHJ Example",
      "Date:\t4 March 2024",
    ]);
  });

  it("adds no words of its own: an empty document has an empty body and no footer", () => {
    const bytes = writeDocx({ properties: { title: "T", language: "en-GB", date: "2024-01-01" }, blocks: [] });
    expect(docxParagraphs(bytes)).toEqual([]);
    expect([...docxParts(bytes).keys()].filter((path) => path.startsWith("word/footer"))).toEqual([]);
  });

  it("makes bold runs bold and leaves plain runs plain", () => {
    const paragraph = paragraphXml(sample)[5];
    expect(paragraph).toContain('<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">deprivation</w:t></w:r>');
    expect(paragraph).toContain('<w:r><w:t xml:space="preserve">The court orders </w:t></w:r>');
  });

  it("turns a newline into a Word line break and a tab into a Word tab", () => {
    const bytes = writeDocx({
      properties: { title: "T", language: "en-GB", date: "2024-01-01" },
      blocks: [{ type: "paragraph", runs: [{ text: "one\ntwo\r\nthree\tfour" }] }],
    });
    expect(docxParagraphs(bytes)).toEqual(["one\ntwo\nthree\tfour"]);
    expect(paragraphXml(bytes)[0]).toContain("<w:br/>");
    expect(paragraphXml(bytes)[0]).toContain("<w:tab/>");
  });
});

describe("writeDocx: text that could break XML", () => {
  const bytes = writeDocx(hostileDocument());
  const parts = docxParts(bytes);

  it.each([...parts.keys()])("writes %s as well-formed XML", (path) => {
    expect(XMLValidator.validate(parts.get(path)!)).toBe(true);
  });

  it("keeps markup characters, emoji, Arabic and Welsh as text, and drops only what XML forbids", () => {
    const text = shownText(HOSTILE_TEXT);
    expect(text).toContain('Less <tag> & "double" \'single\' ]]> end');
    expect(text).toContain("controls[\t\n\n]");
    expect(text).toContain("nonchars[] lone[][] pair[\uD83D\uDE93] emoji 👩‍⚖️");
    expect(text).toContain("Arabic مرحبا بالعالم Welsh Llys y Goron, ŵ ŷ â ŵyr");
    expect(docxParagraphs(bytes)).toEqual([
      text, // heading
      text, // centred line
      text + text, // paragraph of two runs
      text, // numbered
      text, // bullet
      text, // table header cell
      text, // table cell
      `${text}\t${text}`, // signature line with a value
      `${text}\t\t`, // signature line to sign
    ]);
  });

  it("escapes the properties and footer too", () => {
    expect(parts.get("docProps/core.xml")).toContain(
      "<dc:title>Title Less &lt;tag&gt; &amp; \"double\" 'single' ]]&gt; end controls[",
    );
    expect(parts.get("word/footer1.xml")).toContain("Footer Less &lt;tag&gt; &amp; &quot;double&quot;");
  });
});

describe("writeDocx: house style", () => {
  it("lays out an A4 page with 2.5 cm margins all round", () => {
    const xml = part(sample, "word/document.xml");
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(xml).toMatch(/<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" /);
  });

  it("sets Arial 12 pt, 1.5 line spacing and space after paragraphs as the document defaults", () => {
    const defaults = part(sample, "word/styles.xml").match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)![0];
    expect(defaults).toContain('<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>');
    expect(defaults).toContain('<w:sz w:val="24"/>');
    expect(defaults).toContain('<w:spacing w:after="120" w:line="360"/>');
  });

  it("tells spell check and screen readers the language, from properties.language", () => {
    expect(part(sample, "word/styles.xml")).toMatch(/<w:rPrDefault><w:rPr>.*<w:lang w:val="en-GB"\/>.*<\/w:rPr><\/w:rPrDefault>/);
    const welsh = writeDocx(everyBlockDocument({ language: "cy-GB" }));
    expect(part(welsh, "word/styles.xml")).toContain('<w:lang w:val="cy-GB"/>');
  });

  it("gives headings Word's own Heading 1-3 styles, which are real outline levels", () => {
    const [, , h1, h2, h3] = paragraphXml(sample);
    expect(h1).toContain('<w:pStyle w:val="Heading1"/>');
    expect(h2).toContain('<w:pStyle w:val="Heading2"/>');
    expect(h3).toContain('<w:pStyle w:val="Heading3"/>');
    for (const level of [1, 2, 3]) {
      const style = styleXml(sample, `Heading${level}`);
      expect(style).toContain(`<w:name w:val="heading ${level}"/>`);
      expect(style).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
      expect(style).toContain("<w:keepNext/>");
    }
    // Bold comes from the style, not from bold runs pretending to be a heading.
    expect(h1).not.toContain("<w:b/>");
  });

  it("centres centred lines with a paragraph style", () => {
    expect(paragraphXml(sample)[0]).toContain('<w:pStyle w:val="CentredLine"/>');
    expect(styleXml(sample, "CentredLine")).toContain('<w:jc w:val="center"/>');
  });

  it("numbers numbered paragraphs with one Word list (1., 2., 3.) that runs on through the document", () => {
    const paragraphs = paragraphXml(sample);
    const numbered = [paragraphs[6], paragraphs[7], paragraphs[10]];
    for (const paragraph of numbered) expect(paragraph).toContain('<w:pStyle w:val="ListNumber"/>');
    const numId = styleXml(sample, "ListNumber").match(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/)![1];
    const numbering = part(sample, "word/numbering.xml");
    const abstractId = numbering.match(new RegExp(`<w:num w:numId="${numId}"><w:abstractNumId w:val="(\\d+)"/>`))![1];
    const abstract = numbering.match(new RegExp(`<w:abstractNum w:abstractNumId="${abstractId}"[\\s\\S]*?</w:abstractNum>`))![0];
    expect(abstract).toContain('<w:numFmt w:val="decimal"/>');
    expect(abstract).toContain('<w:lvlText w:val="%1."/>');
  });

  it("marks bullets with a Word bullet list", () => {
    const paragraphs = paragraphXml(sample);
    expect(paragraphs[8]).toContain('<w:pStyle w:val="ListBullet"/>');
    const numId = styleXml(sample, "ListBullet").match(/<w:numId w:val="(\d+)"\/>/)![1];
    const numbering = part(sample, "word/numbering.xml");
    const abstractId = numbering.match(new RegExp(`<w:num w:numId="${numId}"><w:abstractNumId w:val="(\\d+)"/>`))![1];
    expect(numbering).toMatch(
      new RegExp(`<w:abstractNum w:abstractNumId="${abstractId}"[^>]*>.*?<w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>`),
    );
  });

  it("makes tables full width and ruled, with a repeating, bold header row kept whole, and body rows free to split", () => {
    const table = part(sample, "word/document.xml").match(/<w:tbl>[\s\S]*?<\/w:tbl>/)![0];
    expect(table).toContain('<w:tblW w:type="dxa" w:w="9072"/>'); // 21 cm less two 2.5 cm margins
    expect(table).toContain('<w:insideH w:val="single"');
    const rows = table.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain("<w:tblHeader/>");
    expect(rows[0].match(/<w:b\/>/g)).toHaveLength(3);
    expect(rows[0]).toContain("<w:cantSplit/>");
    for (const row of rows.slice(1)) {
      // A tall row starts where there is room; the repeated header names its columns on the next page.
      expect(row).not.toContain("<w:cantSplit/>");
      expect(row).not.toContain("<w:tblHeader/>");
      expect(row).not.toContain("<w:b/>");
    }
  });

  it("keeps two tables in a row apart with an empty paragraph, as Word would join them into one", () => {
    const table = { type: "table" as const, header: [[{ text: "h" }]], rows: [[[{ text: "c" }]]] };
    const bytes = writeDocx({ properties: { title: "T", language: "en-GB", date: "2024-01-01" }, blocks: [table, table] });
    expect(part(bytes, "word/document.xml")).toMatch(/<\/w:tbl><w:p\/><w:tbl>/);
    expect(docxParagraphs(bytes)).toEqual(["h", "c", "", "h", "c"]);
  });

  it("starts the block after a page break on a new page, without an empty paragraph", () => {
    const paragraphs = paragraphXml(sample);
    expect(paragraphs[20]).toContain("<w:pageBreakBefore/>");
    expect(paragraphs.filter((p) => p.includes('w:type="page"'))).toEqual([]);
  });

  it("breaks the page with a paragraph of its own before a table or at the end", () => {
    const bytes = writeDocx({
      properties: { title: "T", language: "en-GB", date: "2024-01-01" },
      blocks: [
        { type: "paragraph", runs: [{ text: "a" }] },
        { type: "pageBreak" },
        { type: "table", header: [[{ text: "h" }]], rows: [] },
        { type: "pageBreak" },
      ],
    });
    expect(paragraphXml(bytes).filter((p) => p.includes('<w:br w:type="page"/>'))).toHaveLength(2);
  });

  it("keeps the signature block together and draws a line where there is something to sign", () => {
    const [signed, judge, date] = paragraphXml(sample).slice(-3);
    for (const line of [signed, judge, date]) expect(line).toContain('<w:pStyle w:val="SignatureLine"/>');
    expect(signed).toContain("<w:keepNext/>");
    expect(judge).toContain("<w:keepNext/>");
    expect(date).not.toContain("<w:keepNext");
    expect(styleXml(sample, "SignatureLine")).toContain("<w:keepLines/>");
    expect(signed).toContain('w:leader="underscore"');
    expect(signed).toMatch(/<w:spacing w:before="720"\/>/);
  });

  it("writes the footer from properties.footer, with PAGE and NUMPAGES fields for {PAGE} and {PAGES}", () => {
    const footer = part(sample, "word/footer1.xml");
    expect(footer).toContain('<w:t xml:space="preserve">R v Smith: page </w:t>');
    expect(footer).toContain('<w:instrText xml:space="preserve"> PAGE </w:instrText>');
    expect(footer).toContain('<w:t xml:space="preserve"> of </w:t>');
    expect(footer).toContain('<w:instrText xml:space="preserve"> NUMPAGES </w:instrText>');
    expect(footer.match(/w:fldCharType="begin"/g)).toHaveLength(2);
    expect(part(sample, "word/document.xml")).toContain('<w:footerReference w:type="default" r:id=');
  });
});
