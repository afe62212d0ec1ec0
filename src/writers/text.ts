import { runsText, type Block, type StructuredDocument } from "../document/model";

const WIDTH = 78;

/**
 * Lays a structured document out as plain text: wrapped paragraphs, numbered
 * paragraphs with hanging indents, tables as labelled entries.
 */
export function writeText(document: StructuredDocument): string {
  const out: string[] = [];
  let number = 0;
  for (const block of document.blocks) {
    const chunk = layoutBlock(block, () => ++number);
    if (chunk.length > 0) out.push(chunk.join("\n"));
  }
  return out.join("\n\n") + "\n";
}

function layoutBlock(block: Block, nextNumber: () => number): string[] {
  switch (block.type) {
    case "heading": {
      // Underlined, not capitalised: capitals would turn "s.153" into "S.153".
      const lines = wrap(runsText(block.runs), WIDTH);
      const rule = block.level === 1 ? "=" : block.level === 2 ? "-" : "";
      return rule ? [...lines, rule.repeat(Math.max(...lines.map((l) => l.length)))] : lines;
    }
    case "centered": {
      return wrap(runsText(block.runs), WIDTH).map((line) => " ".repeat(Math.max(0, Math.floor((WIDTH - line.length) / 2))) + line);
    }
    case "paragraph":
      return wrap(runsText(block.runs), WIDTH);
    case "numbered":
      return hanging(`${nextNumber()}.`, runsText(block.runs));
    case "bullet":
      // A point of the item above starts where that item's text does.
      return block.nested ? hanging("    -", runsText(block.runs)) : hanging("  -", runsText(block.runs));
    case "table": {
      // The caption and description name the table before its entries, as they do for a screen reader.
      const about = [
        ...(block.caption ? wrap(`Table: ${block.caption}`, WIDTH) : []),
        ...(block.description ? wrap(block.description, WIDTH) : []),
      ];
      return [
        ...(about.length > 0 ? [...about, ""] : []),
        ...block.rows.flatMap((row, rowIndex) => [
          ...(rowIndex > 0 ? [""] : []),
          ...row.flatMap((cell, i) => hanging(`${runsText(block.header[i] ?? [])}:`.padEnd(14), runsText(cell))),
        ]),
      ];
    }
    case "signature":
      return block.lines.map(({ label, value }) => `${label} ${value || "_".repeat(30)}`);
    case "pageBreak":
      return [];
  }
}

function hanging(marker: string, text: string): string[] {
  const indent = Math.max(marker.length + 1, 4);
  const lines = wrap(text, WIDTH - indent);
  return lines.map((line, i) => (i === 0 ? marker.padEnd(indent) : " ".repeat(indent)) + line);
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ").filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [""];
}
