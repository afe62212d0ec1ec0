/**
 * Inline runs of the document model as Word runs.
 */
import { Tab, TextRun } from "../../vendor/docx";
import type { Run } from "../../document/model";
import { LiteralText } from "./literalText";
import { xmlSafe } from "./xmlText";

const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Word runs for `runs`, in order. A newline in the text becomes a Word line
 * break and a tab a Word tab: inside `w:t` Word would show both as a space.
 */
export function wordRuns(runs: readonly Run[], options: { bold?: boolean } = {}): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    const bold = run.bold === true || options.bold === true ? true : undefined;
    const lines = xmlSafe(run.text).split(LINE_BREAK);
    lines.forEach((line, index) => {
      out.push(textRun(line, bold, index > 0));
    });
  }
  return out;
}

function textRun(text: string, bold: true | undefined, breakBefore: boolean): TextRun {
  const lineBreak = breakBefore ? 1 : undefined;
  if (!text.includes("\t")) return new TextRun({ text, bold, break: lineBreak });
  const children: Array<LiteralText | Tab> = [];
  text.split("\t").forEach((piece, index) => {
    if (index > 0) children.push(new Tab());
    if (piece !== "") children.push(new LiteralText(piece));
  });
  return new TextRun({ children, bold, break: lineBreak });
}
