/**
 * A rough count of the pages a document will take, for the cached result of
 * the footer's NUMPAGES field (see footer.ts). Word and LibreOffice replace it
 * with the true count whenever they lay the document out; it is what a tool
 * that reads the file without laying it out shows instead. It adds up the
 * height of each block from the house style and the text-width guess, and
 * ignores keep rules and widow control, so it can be out by a page.
 */
import { runsText, type Block } from "../../document/model";
import { tableColumnWidths } from "./columnWidths";
import { PAGE, TABLE_POINTS, TEXT_WIDTH } from "./styles";
import { textWidth } from "./textWidth";

/** Arial's line is about 1.12 times its size; body text is set at one and a half lines. */
const LINE = 1.117 * 20;
const BODY_LINE = 12 * LINE * 1.5;
const PARAGRAPH_AFTER = 120;
const PAGE_HEIGHT = PAGE.height - 2 * PAGE.margin;
/** Room taken by a table row's cell margins and rules. */
const ROW_EXTRA = 130;

export function estimatePages(blocks: readonly Block[]): number {
  let pages = 1;
  let used = 0;
  for (const block of blocks) {
    if (block.type === "pageBreak") {
      pages++;
      used = 0;
      continue;
    }
    used += blockHeight(block);
    while (used > PAGE_HEIGHT) {
      pages++;
      used -= PAGE_HEIGHT;
    }
  }
  return pages;
}

function blockHeight(block: Exclude<Block, { type: "pageBreak" }>): number {
  switch (block.type) {
    case "heading": {
      const size = block.level === 1 ? 14 : block.level === 2 ? 13 : 12;
      return (block.level === 1 ? 360 : 240) + lines(runsText(block.runs), TEXT_WIDTH, size) * size * LINE * 1.5 + PARAGRAPH_AFTER;
    }
    case "centered":
    case "paragraph":
      return lines(runsText(block.runs), TEXT_WIDTH) * BODY_LINE + PARAGRAPH_AFTER;
    case "numbered":
      return lines(runsText(block.runs), TEXT_WIDTH - 720) * BODY_LINE + PARAGRAPH_AFTER;
    case "bullet":
      return lines(runsText(block.runs), TEXT_WIDTH - (block.nested ? 1080 : 720)) * BODY_LINE + PARAGRAPH_AFTER;
    case "signature":
      // A line to sign on has 1.27 cm above it; the first line 0.85 cm, the others 0.42 cm.
      return block.lines.reduce((height, line, index) => height + BODY_LINE + (line.value.trim() === "" ? 720 : index === 0 ? 480 : 240), 0);
    case "table": {
      const widths = tableColumnWidths(block.header, block.rows);
      if (widths.length === 0) return 0;
      const rowHeight = (row: readonly (typeof block.rows)[number][number][]) =>
        Math.max(1, ...row.map((cell, column) => lines(runsText(cell), widths[column] - 216, TABLE_POINTS, GUESS_TO_TRUE.table))) * TABLE_POINTS * LINE + ROW_EXTRA;
      return [block.header, ...block.rows].reduce((height, row) => height + rowHeight(row), PARAGRAPH_AFTER);
    }
  }
}

/**
 * The text-width guess errs wide, on purpose (see textWidth.ts); here it
 * should not. These factors bring it to what LibreOffice lays out: the
 * examples and cases of 1 to 10 items came within a page.
 */
const GUESS_TO_TRUE = { body: 0.83, table: 0.95 };

/** Lines the text wraps to in `width` twips, breaking between words. */
function lines(text: string, measure: number, points = 12, factor = GUESS_TO_TRUE.body): number {
  const width = measure / factor;
  let count = 1;
  let used = 0;
  const space = textWidth(" ", false, points);
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const wide = textWidth(word, false, points);
    if (used > 0 && used + space + wide > width) {
      count++;
      used = wide;
    } else used += (used > 0 ? space : 0) + wide;
  }
  return count;
}
