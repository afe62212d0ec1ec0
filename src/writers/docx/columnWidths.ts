/**
 * Column widths for a table that fills the text width, from what the columns
 * hold, as a browser's automatic table layout does: every column gets room
 * for its longest word, and the space left goes to the columns with the most
 * text. Fixed widths (rather than Word's "auto") make Word and LibreOffice lay
 * the table out the same, and the same table always gets the same widths.
 */
import { runsText, type Run } from "../../document/model";
import { longestWordWidth, textWidth } from "./textWidth";

/** Word's default cell margins, 0.19 cm each side. */
const CELL_PADDING = 2 * 108;
/** No column narrower than 1 cm. */
const MIN_COLUMN = 567;

export function columnWidths(header: readonly Run[][], rows: readonly Run[][][], columns: number, total: number): number[] {
  const least = new Array<number>(columns).fill(MIN_COLUMN);
  const most = new Array<number>(columns).fill(MIN_COLUMN);
  const measure = (row: readonly Run[][], bold: boolean) => {
    for (let column = 0; column < Math.min(row.length, columns); column++) {
      const text = runsText(row[column]);
      least[column] = Math.max(least[column], longestWordWidth(text, bold) + CELL_PADDING);
      most[column] = Math.max(most[column], textWidth(text, bold) + CELL_PADDING);
    }
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
    const spare = total - leastTotal;
    const wanted = mostTotal - leastTotal;
    widths = least.map((width, column) => width + (spare * (most[column] - least[column])) / wanted);
  }
  return exactly(widths, total);
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
