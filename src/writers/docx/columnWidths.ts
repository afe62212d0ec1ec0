/**
 * Column widths for a table that fills the text width, from what the columns
 * hold. Every column gets room for its longest word. When everything fits on
 * one line, the width is shared in proportion to the text. Otherwise the room
 * left over goes, a little at a time, wherever it saves the most lines in the
 * table as a whole (estimated with the text-width guess), so that a column of
 * prose is not squeezed into a ribbon of one or two words a line while another
 * keeps room it does not need. Fixed widths (rather than Word's "auto") make
 * Word and LibreOffice lay the table out the same, and the same table always
 * gets the same widths.
 */
import { runsText, type Run } from "../../document/model";
import { TABLE_POINTS, TEXT_WIDTH } from "./styles";
import { longestWordWidth, textWidth } from "./textWidth";

/** Word's default cell margins, 0.19 cm each side. */
const CELL_PADDING = 2 * 108;
/** No column narrower than 1 cm. */
const MIN_COLUMN = 567;
/** Room is handed out 1 mm at a time. */
const STEP = 57;

const measured = new WeakMap<readonly Run[][][], { header: readonly Run[][]; widths: number[] }>();

/**
 * A table's column widths across the text width. The page estimate and the
 * writer both ask for them, so each table is measured once (by its rows).
 */
export function tableColumnWidths(header: readonly Run[][], rows: readonly Run[][][]): number[] {
  const known = measured.get(rows);
  if (known && known.header === header) return [...known.widths];
  const columns = rows.reduce((widest, row) => Math.max(widest, row.length), header.length);
  const widths = columns === 0 ? [] : columnWidths(header, rows, columns, TEXT_WIDTH);
  measured.set(rows, { header, widths });
  return [...widths];
}

export function columnWidths(header: readonly Run[][], rows: readonly Run[][][], columns: number, total: number): number[] {
  const least = new Array<number>(columns).fill(MIN_COLUMN);
  const most = new Array<number>(columns).fill(MIN_COLUMN);
  const table: Cell[][] = [];
  const measure = (row: readonly Run[][], bold: boolean) => {
    const cells: Cell[] = [];
    for (let column = 0; column < Math.min(row.length, columns); column++) {
      const text = runsText(row[column]);
      least[column] = Math.max(least[column], longestWordWidth(text, bold, TABLE_POINTS) + CELL_PADDING);
      most[column] = Math.max(most[column], textWidth(text, bold, TABLE_POINTS) + CELL_PADDING);
      cells.push(cellOf(text, bold));
    }
    table.push(cells);
  };
  measure(header, true);
  for (const row of rows) measure(row, false);

  const leastTotal = sum(least);
  const mostTotal = sum(most);
  let widths: number[];
  if (mostTotal <= total) {
    // Everything fits on one line: share the width in proportion to the text.
    widths = most.map((width) => (width * total) / mostTotal);
  } else if (leastTotal >= total) {
    // Not even the longest words fit: shrink them all alike.
    widths = least.map((width) => (width * total) / leastTotal);
  } else {
    widths = fewestLines(table, least, most, total);
  }
  return exactly(widths, total);
}

/** A cell's words, by width, and the width of a space in its font. */
interface Cell {
  words: number[];
  space: number;
  lines: Map<number, number>;
}

function cellOf(text: string, bold: boolean): Cell {
  const words = text.split(/\s+/).filter((word) => word !== "").map((word) => textWidth(word, bold, TABLE_POINTS));
  return { words, space: textWidth(" ", bold, TABLE_POINTS), lines: new Map() };
}

/** How many lines a cell takes in a column `width` wide, wrapping between words. */
function linesIn(cell: Cell, width: number): number {
  let lines = cell.lines.get(width);
  if (lines !== undefined) return lines;
  const room = width - CELL_PADDING;
  lines = cell.words.length === 0 ? 1 : 0;
  let used = Infinity;
  for (const word of cell.words) {
    if (used + cell.space + word <= room) used += cell.space + word;
    else {
      lines++;
      used = word;
    }
  }
  cell.lines.set(width, lines);
  return lines;
}

/**
 * First the shortest row height every row can have at once: the fewest lines
 * L such that each column, made just wide enough for every one of its cells
 * to take at most L lines, still fits. Then the spare width goes out a step at
 * a time to the column where the next few steps save the most lines per twip,
 * until nothing more would save a line; what is left then goes to the columns
 * in proportion to the text they still wrap.
 */
function fewestLines(table: Cell[][], least: readonly number[], most: readonly number[], total: number): number[] {
  const widths = evenLines(table, least, most, total);
  let spare = total - sum(widths);
  const height = (trial: readonly number[]) =>
    table.reduce((lines, row) => lines + row.reduce((tallest, cell, column) => Math.max(tallest, linesIn(cell, trial[column])), 1), 0);
  let current = height(widths);
  while (spare >= STEP) {
    let best: { column: number; extra: number; saved: number } | undefined;
    for (let column = 0; column < widths.length; column++) {
      const trial = [...widths];
      for (let extra = STEP; extra <= spare && widths[column] + extra - STEP < most[column]; extra += STEP) {
        trial[column] = widths[column] + extra;
        const saved = current - height(trial);
        if (saved > 0) {
          if (best === undefined || saved / extra > best.saved / best.extra) best = { column, extra, saved };
          break;
        }
      }
    }
    if (best === undefined) break;
    widths[best.column] += best.extra;
    spare -= best.extra;
    current -= best.saved;
  }
  // Nothing saves another line: the rest goes where text still wraps, else to every column alike.
  const wanting = most.map((width, column) => Math.max(0, width - widths[column]));
  const wanted = sum(wanting);
  return widths.map((width, column) => width + (wanted > 0 ? (spare * wanting[column]) / wanted : spare / widths.length));
}

/** Column widths at which no cell takes more than the fewest lines that fit in `total`, or `least` if none do. */
function evenLines(table: Cell[][], least: readonly number[], most: readonly number[], total: number): number[] {
  const tallest = table.reduce((lines, row) => row.reduce((high, cell, column) => Math.max(high, linesIn(cell, least[column])), lines), 1);
  for (let lines = 1; lines < tallest; lines++) {
    const widths = least.map((width, column) => {
      let wide = width;
      for (const row of table) {
        const cell = row[column];
        if (cell !== undefined) wide = Math.max(wide, widthFor(cell, lines, width, most[column]));
      }
      return wide;
    });
    if (sum(widths) <= total) return widths;
  }
  return [...least];
}

/** The narrowest width, `from` plus whole steps, at which a cell takes at most `lines` lines. */
function widthFor(cell: Cell, lines: number, from: number, most: number): number {
  let low = 0;
  let high = Math.ceil(Math.max(0, most - from) / STEP) + 1;
  if (linesIn(cell, from) <= lines) return from;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (linesIn(cell, from + middle * STEP) <= lines) high = middle;
    else low = middle;
  }
  return from + high * STEP;
}

/** Whole twips that add up to `total`: the rounding lands on the last column. */
function exactly(widths: number[], total: number): number[] {
  const whole = widths.map(Math.floor);
  whole[whole.length - 1] += total - sum(whole);
  return whole;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
