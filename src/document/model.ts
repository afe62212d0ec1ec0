/**
 * A small structured document: what the templates describe and the writers
 * (plain text, DOCX) lay out. It knows nothing about orders or courts.
 */
export interface StructuredDocument {
  properties: DocumentProperties;
  blocks: Block[];
}

export interface DocumentProperties {
  title: string;
  subject?: string;
  /** BCP 47 tag; en-GB for every court document. */
  language: string;
  /** YYYY-MM-DD, taken from the case so drafts are reproducible. */
  date: string;
  creator?: string;
  /** Footer line; `{PAGE}` and `{PAGES}` become the page number and page count. */
  footer?: string;
}

/** Inline text: runs of plain or bold text. */
export interface Run {
  text: string;
  bold?: boolean;
}

export type Block = BlockContent & {
  /**
   * Keep this block on the same page as the end of the block before it: the
   * page it starts on also carries the last lines (or last table row) of what
   * precedes it. For blocks that must never stand alone, such as a signature.
   */
  keepWithPrevious?: true;
};

export type BlockContent =
  | { type: "heading"; level: 1 | 2 | 3; runs: Run[] }
  /** A centred line, e.g. the court and parties in a heading block. */
  | { type: "centered"; runs: Run[] }
  /** An unnumbered paragraph. */
  | { type: "paragraph"; runs: Run[] }
  /** A numbered paragraph; numbering runs on through the document. */
  | { type: "numbered"; runs: Run[] }
  /**
   * A bullet. `nested`: it belongs to the list item just above it (a numbered
   * paragraph or a bullet), as one of that item's own points; without a list
   * item above, it is an ordinary bullet.
   */
  | { type: "bullet"; runs: Run[]; nested?: true }
  /**
   * A table; the first row is the header. `caption` names the table and
   * `description` says what it holds, for readers who cannot see it laid out
   * (screen readers announce them; plain text prints them above the rows).
   */
  | { type: "table"; header: Run[][]; rows: Run[][][]; caption?: string; description?: string }
  /** Label and value lines, set apart for signing, e.g. "Signed:" with a blank. */
  | { type: "signature"; lines: Array<{ label: string; value: string }> }
  | { type: "pageBreak" };

/** The plain text of some runs. */
export function runsText(runs: Run[]): string {
  return runs.map((r) => r.text).join("");
}
