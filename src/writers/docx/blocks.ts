/**
 * Model blocks as Word body content, in block order (which is also the reading
 * order for screen readers: nothing is floated or reordered).
 */
import { HeadingLevel, PageBreak, Paragraph, type Table } from "docx";
import type { Block } from "../../document/model";
import { wordRuns } from "./runs";
import { signatureParagraphs } from "./signature";
import { STYLE } from "./styles";
import { wordTable } from "./table";

type ContentBlock = Exclude<Block, { type: "pageBreak" }>;

/**
 * One piece of the body: a block, a page break that no block can carry, or an
 * empty paragraph between two tables, which Word would otherwise join into one.
 */
export type BodyItem =
  /** widths: a table's column widths, when already measured (see stencil.ts). */
  | { block: ContentBlock; pageBreakBefore: boolean; widths?: number[] }
  | { pageBreak: true }
  | { tableGap: true };

/**
 * Where the page breaks go. A page break before a paragraph is better as that
 * paragraph's "page break before": a paragraph holding only a break leaves an
 * empty line at the top of the next page. Before a table, or at the end, it
 * has to be a paragraph of its own.
 */
export function bodyItems(blocks: readonly Block[]): BodyItem[] {
  const items: BodyItem[] = [];
  blocks.forEach((block, index) => {
    if (block.type === "pageBreak") {
      if (!startsWithParagraph(blocks[index + 1])) items.push({ pageBreak: true });
    } else {
      if (block.type === "table" && blocks[index - 1]?.type === "table") items.push({ tableGap: true });
      items.push({ block, pageBreakBefore: blocks[index - 1]?.type === "pageBreak" });
    }
  });
  return items;
}

function startsWithParagraph(block: Block | undefined): boolean {
  if (block === undefined || block.type === "pageBreak" || block.type === "table") return false;
  return block.type !== "signature" || block.lines.length > 0;
}

/** The docx components of one body item. */
export function itemContent(item: BodyItem): Array<Paragraph | Table> {
  if ("pageBreak" in item) return [new Paragraph({ children: [new PageBreak()] })];
  if ("tableGap" in item) return [new Paragraph({})];
  return blockContent(item.block, item.pageBreakBefore ? true : undefined, item.widths);
}

/** The whole body as docx components. */
export function bodyContent(blocks: readonly Block[]): Array<Paragraph | Table> {
  return bodyItems(blocks).flatMap(itemContent);
}

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function blockContent(block: ContentBlock, pageBreakBefore: true | undefined, widths: number[] | undefined): Array<Paragraph | Table> {
  switch (block.type) {
    case "heading":
      return [new Paragraph({ heading: HEADING[block.level], pageBreakBefore, children: wordRuns(block.runs) })];
    case "centered":
      return [new Paragraph({ style: STYLE.centred, pageBreakBefore, children: wordRuns(block.runs) })];
    case "paragraph":
      return [new Paragraph({ pageBreakBefore, children: wordRuns(block.runs) })];
    case "numbered":
      return [new Paragraph({ style: STYLE.listNumber, pageBreakBefore, children: wordRuns(block.runs) })];
    case "bullet":
      return [new Paragraph({ style: STYLE.listBullet, pageBreakBefore, children: wordRuns(block.runs) })];
    case "table": {
      const table = wordTable(block.header, block.rows, widths);
      return table === undefined ? [] : [table];
    }
    case "signature":
      return signatureParagraphs(block.lines, pageBreakBefore);
  }
}
