/**
 * The page footer from `properties.footer`: `{PAGE}` and `{PAGES}` become Word
 * PAGE and NUMPAGES fields, which Word and LibreOffice fill in when they lay
 * the document out; the rest is plain text.
 */
import { PageNumber, Paragraph, TextRun } from "docx";
import { LiteralText } from "./literalText";
import { xmlSafe } from "./xmlText";
import { STYLE } from "./styles";

const PLACEHOLDER = /\{(PAGE|PAGES)\}/;

type FooterPiece = LiteralText | (typeof PageNumber)[keyof typeof PageNumber];

/** The footer's one paragraph. */
export function footerParagraph(template: string): Paragraph {
  const pieces: FooterPiece[] = [];
  // split with a capture group alternates text, field name, text, ...
  xmlSafe(template)
    .split(PLACEHOLDER)
    .forEach((piece, index) => {
      if (index % 2 === 1) pieces.push(piece === "PAGE" ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES);
      // Text as a LiteralText: a bare string equal to a PageNumber name would become a field.
      else if (piece !== "") pieces.push(new LiteralText(piece));
    });
  return new Paragraph({ style: STYLE.footer, children: [new TextRun({ children: pieces })] });
}
