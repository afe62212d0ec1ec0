/**
 * Body and footer XML by stencil.
 *
 * The XML docx writes for a block depends on its text in two ways only: each
 * piece of text appears, escaped, inside a w:t element; and the text's shape
 * decides the structure around it (where lines break and tabs fall, which
 * pieces are empty, and for tables the column widths measured from it).
 *
 * So a block is split into its shape (the block with every piece of text
 * replaced by a numbered marker, and a table's widths measured from the real
 * text) and its pieces. docx renders each shape once; its XML is kept, cut at
 * the markers, and every block of that shape is then written by putting its
 * escaped pieces between the cuts. Court documents drafted from the same
 * templates have few shapes, so building docx components, the costliest step
 * of writing a DOCX, happens a few times per template rather than per case.
 * A property test holds the result to docx's own output for any text.
 */
import type { Run } from "../../document/model";
import type { BodyItem } from "./blocks";
import { tableColumnWidths } from "./columnWidths";
import { escapeXmlText } from "./xmlable";
import { xmlSafe } from "./xmlText";

/** Private-use characters: docx passes them through untouched, and they never reach a reader. */
const OPEN = "\uE000";
const CLOSE = "\uE001";
const MARKER = /\uE000(\d+)\uE001/;
/** What separates pieces: the line breaks and tabs that become Word elements rather than text. */
const SEPARATOR = /(\r\n|\r|\n|\t)/;

/** A shape's XML cut at its markers: parts[0], piece slots[0], parts[1], ... */
interface Stencil {
  parts: string[];
  slots: number[];
}

/** The shape of a body item and its pieces of text, in marker order. */
export interface Shaped {
  key: string;
  item: BodyItem;
  pieces: string[];
}

/**
 * Shapes a body item. A signature block is kept whole (its key holds the text
 * itself): its tab stops are measured from its labels, and its lines rarely
 * change between documents.
 */
export function shapeItem(item: BodyItem): Shaped {
  const pieces: string[] = [];
  if (!("block" in item) || item.block.type === "signature") return { key: JSON.stringify(item), item, pieces };
  const { block } = item;
  let shaped: BodyItem;
  if (block.type === "table") {
    const widths = tableColumnWidths(block.header, block.rows);
    const header = block.header.map((cell) => shapeRuns(cell, pieces));
    const rows = block.rows.map((row) => row.map((cell) => shapeRuns(cell, pieces)));
    const caption = block.caption === undefined ? undefined : markPieces(xmlSafe(block.caption), pieces);
    const description = block.description === undefined ? undefined : markPieces(xmlSafe(block.description), pieces);
    shaped = { ...item, block: { ...block, header, rows, caption, description }, widths };
  } else {
    shaped = { ...item, block: { ...block, runs: shapeRuns(block.runs, pieces) } };
  }
  return { key: JSON.stringify(shaped), item: shaped, pieces };
}

/** Shapes footer text: `{PAGE}` and `{PAGES}` stay, as they are structure. */
export function shapeFooter(template: string): { key: string; template: string; pieces: string[] } {
  const pieces: string[] = [];
  const shaped = xmlSafe(template)
    .split(/(\{PAGES?\})/)
    .map((piece, index) => (index % 2 === 1 || piece === "" ? piece : mark(piece, pieces)))
    .join("");
  return { key: `footer ${shaped}`, template: shaped, pieces };
}

function shapeRuns(runs: readonly Run[], pieces: string[]): Run[] {
  return runs.map((run) => ({ ...run, text: markPieces(xmlSafe(run.text), pieces) }));
}

/** Replaces each non-empty piece of text between separators with a marker, collecting the pieces. */
function markPieces(text: string, pieces: string[]): string {
  if (text === "") return text;
  return text
    .split(SEPARATOR)
    .map((piece, index) => {
      return index % 2 === 1 || piece === "" ? piece : mark(piece, pieces);
    })
    .join("");
}

function mark(piece: string, pieces: string[]): string {
  pieces.push(piece);
  return `${OPEN}${pieces.length - 1}${CLOSE}`;
}

const stencils = new Map<string, Stencil>();
/** Enough for the shapes of many templates; cleared when full to bound memory. */
const MAX_STENCILS = 5000;

/** The XML of a shape with its pieces put in; `render` gives the shape's XML (markers in place) when it is new. */
export function fillStencil(key: string, pieces: readonly string[], render: () => string): string {
  let stencil = stencils.get(key);
  if (stencil === undefined) {
    stencil = cut(render());
    if (stencils.size >= MAX_STENCILS) stencils.clear();
    stencils.set(key, stencil);
  }
  const { parts, slots } = stencil;
  let xml = parts[0];
  for (let i = 0; i < slots.length; i++) xml += escapeXmlText(pieces[slots[i]]) + parts[i + 1];
  return xml;
}

function cut(xml: string): Stencil {
  // split with a capture group alternates XML, marker number, XML, ...
  const split = xml.split(MARKER);
  const parts: string[] = [];
  const slots: number[] = [];
  split.forEach((part, index) => (index % 2 === 0 ? parts.push(part) : slots.push(Number(part))));
  return { parts, slots };
}
