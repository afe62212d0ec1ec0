import type { Block, DocumentProperties, Run, StructuredDocument } from "../document/model";
import { unescapeUserText } from "./markupEscape";

/**
 * Parses the small markup the templates write into a structured document.
 * The markup (documented in docs/templates.md):
 *   @title / @subject / @footer / @language <text>   document properties
 *   # / ## / ### text                                 headings
 *   @center text                                      a centred line
 *   1. text                                           a numbered paragraph
 *   - text                                            a bullet
 *     - text (indented)                               a point of the list item above (else a bullet)
 *   | a | b |                                         a table row (the first is the header)
 *   @caption / @description <text>                    the next table's name and what it holds
 *   @signature, then "Label: value" lines             a signature block
 *   @keep-with-previous                               the next block stays on the page where the one before ends
 *   @pagebreak                                        a page break
 *   **bold**                                          bold text
 * A blank line ends a block; other lines continue the block above.
 */
export function parseMarkup(markup: string, date: string): StructuredDocument {
  const properties: DocumentProperties = { title: "", language: "en-GB", date };
  const blocks: Block[] = [];
  let open: OpenBlock | undefined;
  let table: { header: Run[][]; rows: Run[][][]; keep?: true; caption?: string; description?: string } | undefined;
  let signature: { lines: Array<{ label: string; value: string }>; keep?: true } | undefined;
  /** What the directives ask of the next block; a caption is for a table only. */
  let pending: { keep?: true; caption?: string; description?: string } = {};
  const takePending = (): { keep?: true } => {
    const { keep } = pending;
    pending = {};
    return keep ? { keep } : {};
  };

  const flush = () => {
    if (open) blocks.push(closeBlock(open, blocks[blocks.length - 1]));
    if (table) {
      const { keep, caption, description, header, rows } = table;
      blocks.push({
        type: "table",
        header,
        rows,
        ...(caption !== undefined ? { caption } : {}),
        ...(description !== undefined ? { description } : {}),
        ...keepField(keep),
      });
    }
    if (signature) blocks.push({ type: "signature", lines: signature.lines, ...keepField(signature.keep) });
    open = undefined;
    table = undefined;
    signature = undefined;
  };

  for (const rawLine of markup.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === "") {
      flush();
      continue;
    }
    const directive = /^@(title|subject|footer|language|center|signature|pagebreak|keep-with-previous|caption|description)\b\s*(.*)$/.exec(line);
    if (directive) {
      const [, name, rest] = directive;
      if (name === "title" || name === "subject" || name === "footer" || name === "language") {
        properties[name] = unescapeUserText(rest);
        continue;
      }
      flush();
      if (name === "keep-with-previous") pending.keep = true;
      else if (name === "caption" || name === "description") pending[name] = unescapeUserText(rest);
      else if (name === "center") open = { type: "centered", text: rest, ...takePending() };
      else if (name === "signature") signature = { lines: [], ...takePending() };
      else blocks.push({ type: "pageBreak" });
      continue;
    }
    if (signature) {
      const separator = line.indexOf(":");
      const label = separator < 0 ? line : line.slice(0, separator + 1);
      const value = separator < 0 ? "" : line.slice(separator + 1).trim();
      signature.lines.push({ label: unescapeUserText(label), value: unescapeUserText(value) });
      continue;
    }
    if (line.startsWith("|")) {
      if (open) flush();
      if (/^\|[\s|:-]+\|?$/.test(line) && line.includes("-")) continue; // a Markdown-style separator row
      const cells = splitRow(line).map(parseRuns);
      if (!table) {
        const { caption, description } = pending;
        table = { header: cells, rows: [], caption, description, ...takePending() };
      } else table.rows.push(cells);
      continue;
    }
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    const numbered = /^\d+\.\s+(.*)$/.exec(line);
    const bullet = /^-\s+(.*)$/.exec(line);
    if (heading || numbered || bullet) {
      flush();
      if (heading) open = { type: "heading", level: heading[1].length as 1 | 2 | 3, text: heading[2], ...takePending() };
      else if (numbered) open = { type: "numbered", text: numbered[1], ...takePending() };
      // Indented like a Markdown sub-list: a point of the list item above.
      else if (bullet) open = { type: "bullet", text: bullet[1], nested: /^\s/.test(rawLine), ...takePending() };
      continue;
    }
    if (open && open.type !== "heading") open.text += " " + line;
    else {
      flush();
      open = { type: "paragraph", text: line, ...takePending() };
    }
  }
  flush();
  return { properties, blocks };
}

interface OpenBlock {
  type: "heading" | "centered" | "paragraph" | "numbered" | "bullet";
  level?: 1 | 2 | 3;
  nested?: boolean;
  keep?: true;
  text: string;
}

function keepField(keep: true | undefined): { keepWithPrevious?: true } {
  return keep ? { keepWithPrevious: true } : {};
}

/** `previous`: the block above, which an indented bullet belongs to when it is a list item. */
function closeBlock(open: OpenBlock, previous: Block | undefined): Block {
  const runs = parseRuns(open.text);
  const keep = keepField(open.keep);
  if (open.type === "heading") return { type: "heading", level: open.level ?? 1, runs, ...keep };
  const underItem = previous?.type === "numbered" || previous?.type === "bullet";
  if (open.type === "bullet" && open.nested && underItem) return { type: "bullet", runs, nested: true, ...keep };
  return { type: open.type, runs, ...keep };
}

function splitRow(line: string): string[] {
  const inner = line.replace(/^\|/, "").replace(/\|$/, "");
  return inner.split("|").map((cell) => cell.trim());
}

/** `**bold**` spans become bold runs; everything else is plain. */
export function parseRuns(text: string): Run[] {
  const runs: Run[] = [];
  const parts = text.split("**");
  parts.forEach((part, i) => {
    const value = unescapeUserText(part.replace(/\s+/g, " "));
    if (value !== "") runs.push(i % 2 === 1 ? { text: value, bold: true } : { text: value });
  });
  return runs;
}
