/**
 * Model blocks as Word body content, in block order (which is also the reading
 * order for screen readers: nothing is floated or reordered).
 */
import { HeadingLevel, PageBreak, Paragraph, type Table } from "../../vendor/docx";
import type { Block, Run } from "../../document/model";
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
  | {
      block: ContentBlock;
      pageBreakBefore: boolean;
      /** The next block asks to stay with this one: this block's end keeps with it. */
      keepWithNext?: true;
      /** A nested bullet: the list whose item it belongs to. */
      nestedIn?: ListKind;
      /** A table's column widths, when already measured (see stencil.ts). */
      widths?: number[];
    }
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
  /** The list the block just above is an item of, and so the list a nested bullet joins. */
  let list: ListKind | undefined;
  blocks.forEach((block, index) => {
    if (block.type === "pageBreak") {
      if (!startsWithParagraph(blocks[index + 1])) items.push({ pageBreak: true });
      list = undefined;
      return;
    }
    if (block.type === "table" && blocks[index - 1]?.type === "table") items.push({ tableGap: true });
    const nestedIn = block.type === "bullet" && block.nested ? list : undefined;
    list = block.type === "numbered" ? "numbered" : block.type === "bullet" ? (nestedIn ?? "bullet") : undefined;
    items.push({
      block,
      pageBreakBefore: blocks[index - 1]?.type === "pageBreak",
      ...(blocks[index + 1]?.keepWithPrevious ? { keepWithNext: true as const } : {}),
      ...(nestedIn ? { nestedIn } : {}),
    });
  });
  return items;
}

/** The two lists: numbered paragraphs and bullets. A nested bullet is level 1 of one of them. */
export type ListKind = "numbered" | "bullet";

function startsWithParagraph(block: Block | undefined): boolean {
  if (block === undefined || block.type === "pageBreak" || block.type === "table") return false;
  return block.type !== "signature" || block.lines.length > 0;
}

/** The docx components of one body item. */
export function itemContent(item: BodyItem): Array<Paragraph | Table> {
  if ("pageBreak" in item) return [new Paragraph({ children: [new PageBreak()] })];
  if ("tableGap" in item) return [new Paragraph({})];
  const { block, keepWithNext, nestedIn, widths } = item;
  return blockContent(block, { pageBreakBefore: item.pageBreakBefore ? true : undefined, keepNext: keepWithNext, nestedIn }, widths);
}

/** The whole body as docx components. */
export function bodyContent(blocks: readonly Block[]): Array<Paragraph | Table> {
  return bodyItems(blocks).flatMap(itemContent);
}

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** How a block sits in the flow: a page break before it, its end kept with the next block, its list. */
interface Placement {
  pageBreakBefore?: true;
  keepNext?: true;
  nestedIn?: ListKind;
}

const NESTED_STYLE: Record<ListKind, string> = { numbered: STYLE.listNumberPoint, bullet: STYLE.listBulletPoint };

function blockContent(block: ContentBlock, placement: Placement, widths: number[] | undefined): Array<Paragraph | Table> {
  const { pageBreakBefore, keepNext, nestedIn } = placement;
  const paragraph = (style: string | undefined, runs: readonly Run[]) => [new Paragraph({ style, pageBreakBefore, keepNext, children: wordRuns(runs) })];
  switch (block.type) {
    case "heading":
      return [new Paragraph({ heading: HEADING[block.level], pageBreakBefore, keepNext, children: wordRuns(block.runs) })];
    case "centered":
      return paragraph(STYLE.centred, block.runs);
    case "paragraph":
      return paragraph(undefined, block.runs);
    case "numbered":
      return paragraph(STYLE.listNumber, block.runs);
    case "bullet":
      return paragraph(nestedIn ? NESTED_STYLE[nestedIn] : STYLE.listBullet, block.runs);
    case "table": {
      const table = wordTable(block, { widths, keepNext });
      return table === undefined ? [] : [table];
    }
    case "signature":
      return signatureParagraphs(block.lines, { pageBreakBefore, keepNext });
  }
}
