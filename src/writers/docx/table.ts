/**
 * A model table as a Word table: full text width, ruled, with a real header
 * row (marked `w:tblHeader`, so Word repeats it on each page and screen
 * readers announce column headings). A body row may split across pages, so a
 * tall row starts where there is room rather than pushing the rest of the
 * table on; the repeated header row names its columns on the next page. The
 * caption and description become the table's alternative text
 * (`w:tblCaption`, `w:tblDescription`), which screen readers announce and
 * tagged PDF carries.
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
  type IContext,
  type IXmlableObject,
} from "../../vendor/docx";
import type { Run } from "../../document/model";
import { columnWidths } from "./columnWidths";
import { wordRuns } from "./runs";
import { STYLE, TEXT_WIDTH } from "./styles";
import { xmlSafe } from "./xmlText";

const RULE = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const BORDERS = { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE };
const HEADER_SHADING = { type: ShadingType.CLEAR, color: "auto", fill: "F2F2F2" };

export interface TableContent {
  header: readonly Run[][];
  rows: readonly Run[][][];
  caption?: string;
  description?: string;
}

/**
 * A Word table, or nothing when the model table has no cells at all.
 * `widths`: column widths already measured from the text (one per column);
 * `keepNext`: the table keeps with what follows it. Word has no such table
 * property: a table keeps with the next paragraph when every row's paragraphs
 * keep with the next. Word then holds the table with what follows as far as a
 * page allows; LibreOffice reads it as the table's own "keep with next
 * paragraph", which keeps the table's last rows with it. Either way the block
 * after the table never starts a page alone.
 */
export function wordTable(table: TableContent, options: { widths?: readonly number[]; keepNext?: true } = {}): Table | undefined {
  const { header, rows } = table;
  const columns = rows.reduce((widest, row) => Math.max(widest, row.length), header.length);
  if (columns === 0) return undefined;
  const widths = options.widths ?? columnWidths(header, rows, columns, TEXT_WIDTH);
  const tableRows: TableRow[] = [];
  if (header.length > 0) {
    tableRows.push(new TableRow({ tableHeader: true, cantSplit: true, children: cells(header, widths, { isHeader: true, keepNext: options.keepNext }) }));
  }
  for (const row of rows) tableRows.push(new TableRow({ children: cells(row, widths, { isHeader: false, keepNext: options.keepNext }) }));
  return new DescribedTable(
    {
      rows: tableRows,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: BORDERS,
    },
    table.caption === undefined ? undefined : xmlSafe(table.caption),
    table.description === undefined ? undefined : xmlSafe(table.description),
  );
}

/** One row's cells, padded with empty cells so every row has every column. */
function cells(row: readonly Run[][], widths: readonly number[], options: { isHeader: boolean; keepNext?: true }): TableCell[] {
  return widths.map((width, index) => {
    const runs = row[index] ?? [];
    return new TableCell({
      width: { size: width, type: WidthType.DXA },
      shading: options.isHeader ? HEADER_SHADING : undefined,
      // Every cell needs a paragraph, even an empty one, or Word refuses the file.
      children: [
        new Paragraph({ style: STYLE.tableText, keepNext: options.keepNext, children: wordRuns(runs, { bold: options.isHeader }) }),
      ],
    });
  });
}

/** A docx Table with `w:tblCaption` and `w:tblDescription`, which docx does not write, at the end of its `w:tblPr`. */
class DescribedTable extends Table {
  constructor(
    options: ConstructorParameters<typeof Table>[0],
    private readonly caption: string | undefined,
    private readonly description: string | undefined,
  ) {
    super(options);
  }

  prepForXml(context: IContext): IXmlableObject | undefined {
    const prepared = super.prepForXml(context);
    const children = prepared?.["w:tbl"];
    if (!Array.isArray(children)) return prepared;
    const properties = children.find((child): child is { "w:tblPr": unknown[] } => typeof child === "object" && child !== null && "w:tblPr" in child);
    if (properties === undefined || !Array.isArray(properties["w:tblPr"])) return prepared;
    // CT_TblPr ends with tblCaption, then tblDescription.
    if (this.caption !== undefined) properties["w:tblPr"].push({ "w:tblCaption": { _attr: { "w:val": this.caption } } });
    if (this.description !== undefined) properties["w:tblPr"].push({ "w:tblDescription": { _attr: { "w:val": this.description } } });
    return prepared;
  }
}
