/**
 * Model blocks as Word body content, in block order (which is also the reading
 * order for screen readers: nothing is floated or reordered).
 */
import { HeadingLevel, PageBreak, Paragraph, type Table } from "docx";
import type { Block } from "../../document/model";
import { wordRuns } from "./runs";
import { signatureParagraphs } from "./signature";
import { NUMBERING, STYLE } from "./styles";
import { wordTable } from "./table";

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

export function bodyContent(blocks: readonly Block[]): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  blocks.forEach((block, index) => {
    if (block.type === "pageBreak") {
      // A page break before a paragraph is better as that paragraph's "page
      // break before": a paragraph holding only a break leaves an empty line
      // at the top of the next page. Tables and the end need a break paragraph.
      if (!startsWithParagraph(blocks[index + 1])) out.push(new Paragraph({ children: [new PageBreak()] }));
      return;
    }
    const pageBreakBefore = blocks[index - 1]?.type === "pageBreak" ? true : undefined;
    out.push(...blockContent(block, pageBreakBefore));
  });
  return out;
}

function startsWithParagraph(block: Block | undefined): boolean {
  if (block === undefined || block.type === "pageBreak" || block.type === "table") return false;
  return block.type !== "signature" || block.lines.length > 0;
}

function blockContent(block: Exclude<Block, { type: "pageBreak" }>, pageBreakBefore: true | undefined) {
  switch (block.type) {
    case "heading":
      return [new Paragraph({ heading: HEADING[block.level], pageBreakBefore, children: wordRuns(block.runs) })];
    case "centered":
      return [new Paragraph({ style: STYLE.centred, pageBreakBefore, children: wordRuns(block.runs) })];
    case "paragraph":
      return [new Paragraph({ pageBreakBefore, children: wordRuns(block.runs) })];
    case "numbered":
      return [
        new Paragraph({
          numbering: { reference: NUMBERING.numbered, level: 0 },
          pageBreakBefore,
          children: wordRuns(block.runs),
        }),
      ];
    case "bullet":
      return [
        new Paragraph({
          numbering: { reference: NUMBERING.bullet, level: 0 },
          pageBreakBefore,
          children: wordRuns(block.runs),
        }),
      ];
    case "table": {
      const table = wordTable(block.header, block.rows);
      return table === undefined ? [] : [table];
    }
    case "signature":
      return signatureParagraphs(block.lines, pageBreakBefore);
  }
}
