/**
 * The page footer from `properties.footer`: `{PAGE}` and `{PAGES}` become Word
 * PAGE and NUMPAGES fields, which Word and LibreOffice fill in when they lay
 * the document out; the rest is plain text.
 *
 * Each field carries a cached result, as Word writes one, so that a tool which
 * reads the file without laying it out (a text extractor, a search index, a
 * converter) reads "Page 1 of 3" rather than "Page  of ". The cached page is
 * the first; the cached count is the writer's estimate (see pageEstimate.ts).
 */
import { Paragraph, TextRun, XmlComponent, type IXmlableObject } from "../../vendor/docx";
import { LiteralText } from "./literalText";
import { xmlSafe } from "./xmlText";
import { STYLE } from "./styles";

const PLACEHOLDER = /\{(PAGE|PAGES)\}/;
const INSTRUCTION = { PAGE: "PAGE", PAGES: "NUMPAGES" } as const;

/** The footer's one paragraph; `pages` is the cached page count. */
export function footerParagraph(template: string, pages = 1): Paragraph {
  const runs: TextRun[] = [];
  // split with a capture group alternates text, field name, text, ...
  xmlSafe(template)
    .split(PLACEHOLDER)
    .forEach((piece, index) => {
      if (index % 2 === 1) {
        const name = piece as keyof typeof INSTRUCTION;
        runs.push(...fieldRuns(INSTRUCTION[name], name === "PAGE" ? "1" : String(pages)));
      }
      // Text as a LiteralText: a bare string equal to a PageNumber name would become a field.
      else if (piece !== "") runs.push(new TextRun({ children: [new LiteralText(piece)] }));
    });
  return new Paragraph({ style: STYLE.footer, children: runs });
}

/** A complex field as Word writes it: begin, instruction, separate, the cached result, end; each in its own run. */
function fieldRuns(instruction: string, cached: string): TextRun[] {
  return [
    new FieldChar("begin"),
    new InstructionText(` ${instruction} `),
    new FieldChar("separate"),
    new LiteralText(cached),
    new FieldChar("end"),
  ].map((child) => new TextRun({ children: [child] }));
}

class FieldChar extends XmlComponent {
  constructor(private readonly kind: "begin" | "separate" | "end") {
    super("w:fldChar");
  }

  prepForXml(): IXmlableObject {
    return { "w:fldChar": { _attr: { "w:fldCharType": this.kind } } };
  }
}

class InstructionText extends XmlComponent {
  constructor(private readonly instruction: string) {
    super("w:instrText");
  }

  prepForXml(): IXmlableObject {
    return { "w:instrText": [{ _attr: { "xml:space": "preserve" } }, this.instruction] };
  }
}
