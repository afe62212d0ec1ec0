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
 *   | a | b |                                         a table row (the first is the header)
 *   @signature, then "Label: value" lines             a signature block
 *   @pagebreak                                        a page break
 *   **bold**                                          bold text
 * A blank line ends a block; other lines continue the block above.
 */
export function parseMarkup(markup: string, date: string): StructuredDocument {
  const properties: DocumentProperties = { title: "", language: "en-GB", date };
  const blocks: Block[] = [];
  let open: { type: "heading" | "centered" | "paragraph" | "numbered" | "bullet"; level?: 1 | 2 | 3; text: string } | undefined;
  let table: { header: Run[][]; rows: Run[][][] } | undefined;
  let signature: Array<{ label: string; value: string }> | undefined;

  const flush = () => {
    if (open) blocks.push(closeBlock(open));
    if (table) blocks.push({ type: "table", header: table.header, rows: table.rows });
    if (signature) blocks.push({ type: "signature", lines: signature });
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
    const directive = /^@(title|subject|footer|language|center|signature|pagebreak)\b\s*(.*)$/.exec(line);
    if (directive) {
      const [, name, rest] = directive;
      if (name === "title" || name === "subject" || name === "footer" || name === "language") {
        properties[name] = unescapeUserText(rest);
        continue;
      }
      flush();
      if (name === "center") open = { type: "centered", text: rest };
      else if (name === "signature") signature = [];
      else blocks.push({ type: "pageBreak" });
      continue;
    }
    if (signature) {
      const separator = line.indexOf(":");
      const label = separator < 0 ? line : line.slice(0, separator + 1);
      const value = separator < 0 ? "" : line.slice(separator + 1).trim();
      signature.push({ label: unescapeUserText(label), value: unescapeUserText(value) });
      continue;
    }
    if (line.startsWith("|")) {
      if (open) flush();
      if (/^\|[\s|:-]+\|?$/.test(line) && line.includes("-")) continue; // a Markdown-style separator row
      const cells = splitRow(line).map(parseRuns);
      if (!table) table = { header: cells, rows: [] };
      else table.rows.push(cells);
      continue;
    }
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    const numbered = /^\d+\.\s+(.*)$/.exec(line);
    const bullet = /^-\s+(.*)$/.exec(line);
    if (heading || numbered || bullet) {
      flush();
      if (heading) open = { type: "heading", level: heading[1].length as 1 | 2 | 3, text: heading[2] };
      else if (numbered) open = { type: "numbered", text: numbered[1] };
      else if (bullet) open = { type: "bullet", text: bullet![1] };
      continue;
    }
    if (open && open.type !== "heading") open.text += " " + line;
    else {
      flush();
      open = { type: "paragraph", text: line };
    }
  }
  flush();
  return { properties, blocks };
}

function closeBlock(open: { type: "heading" | "centered" | "paragraph" | "numbered" | "bullet"; level?: 1 | 2 | 3; text: string }): Block {
  const runs = parseRuns(open.text);
  if (open.type === "heading") return { type: "heading", level: open.level ?? 1, runs };
  return { type: open.type, runs };
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
