/**
 * A model table as a Word table: full text width, ruled, with a real header
 * row (marked `w:tblHeader`, so Word repeats it on each page and screen
 * readers announce column headings).
 */
import {
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from "docx";
import type { Run } from "../../document/model";
import { columnWidths } from "./columnWidths";
import { wordRuns } from "./runs";
import { STYLE, TEXT_WIDTH } from "./styles";

const RULE = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const BORDERS = { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE };
const HEADER_SHADING = { type: ShadingType.CLEAR, color: "auto", fill: "F2F2F2" };

/**
 * A Word table, or nothing when the model table has no cells at all. `measured`:
 * column widths already measured from the text (one per column).
 */
export function wordTable(header: readonly Run[][], rows: readonly Run[][][], measured?: readonly number[]): Table | undefined {
  const columns = rows.reduce((widest, row) => Math.max(widest, row.length), header.length);
  if (columns === 0) return undefined;
  const widths = measured ?? columnWidths(header, rows, columns, TEXT_WIDTH);
  const tableRows: TableRow[] = [];
  if (header.length > 0) {
    tableRows.push(new TableRow({ tableHeader: true, cantSplit: true, children: cells(header, widths, true) }));
  }
  for (const row of rows) {
    tableRows.push(new TableRow({ cantSplit: true, children: cells(row, widths, false) }));
  }
  return new Table({
    rows: tableRows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
  });
}

/** One row's cells, padded with empty cells so every row has every column. */
function cells(row: readonly Run[][], widths: readonly number[], isHeader: boolean): TableCell[] {
  return widths.map((width, index) => {
    const runs = row[index] ?? [];
    return new TableCell({
      width: { size: width, type: WidthType.DXA },
      shading: isHeader ? HEADER_SHADING : undefined,
      // Every cell needs a paragraph, even an empty one, or Word refuses the file.
      children: [new Paragraph({ style: STYLE.tableText, children: wordRuns(runs, { bold: isHeader }) })],
    });
  });
}
