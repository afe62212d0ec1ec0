/**
 * A signature block: one paragraph per label/value line, kept together on one
 * page. An empty value becomes a line to sign on, drawn as an underscore tab
 * leader, so screen readers hear the label rather than a row of underscores.
 */
import { LeaderType, Paragraph, Tab, TabStopType, TextRun } from "../../vendor/docx";
import { wordRuns } from "./runs";
import { xmlSafe } from "./xmlText";
import { STYLE, TEXT_WIDTH } from "./styles";
import { textWidth } from "./textWidth";

/** Room above a line to sign on (1.27 cm), and above the block's first line. */
const SIGNING_ROOM = 720;
const BLOCK_GAP = 480;
/** Values start 5 cm in from the margin, or further when a label is longer. */
const VALUE_TAB = 2835;
/** Gap after the longest label, 0.5 cm. */
const LABEL_GAP = 284;
/**
 * The signing line is 9 cm long and ends by the right margin at the latest.
 * A label too long to leave room for that shortens the line, down to 5 cm,
 * rather than running past the tab stop where values start.
 */
const SIGNING_LINE = 5103;
const SHORTEST_SIGNING_LINE = 2835;

/** One set of tab stops for the block, so every value and line starts in one column. */
function tabStops(labels: readonly string[]) {
  const longestLabel = labels.reduce((widest, label) => Math.max(widest, textWidth(label)), 0);
  const valueTab = Math.min(Math.max(VALUE_TAB, longestLabel + LABEL_GAP), TEXT_WIDTH - SHORTEST_SIGNING_LINE);
  const lineEnd = Math.min(valueTab + SIGNING_LINE, TEXT_WIDTH);
  return [
    { type: TabStopType.LEFT, position: valueTab },
    { type: TabStopType.RIGHT, position: lineEnd, leader: LeaderType.UNDERSCORE },
  ];
}

/** `keepNext`: the block's last line keeps with what follows it too. */
export function signatureParagraphs(
  lines: ReadonlyArray<{ label: string; value: string }>,
  placement: { pageBreakBefore?: true; keepNext?: true } = {},
): Paragraph[] {
  const { pageBreakBefore } = placement;
  const stops = tabStops(lines.map((line) => xmlSafe(line.label)));
  return lines.map((line, index) => {
    const toSign = xmlSafe(line.value).trim() === "";
    // An empty value gets a second tab, to the signing line's end, which draws the line.
    const children = [
      ...wordRuns([{ text: line.label }]),
      new TextRun({ children: toSign ? [new Tab(), new Tab()] : [new Tab()] }),
      ...(toSign ? [] : wordRuns([{ text: line.value }])),
    ];
    const before = toSign ? SIGNING_ROOM : index === 0 ? BLOCK_GAP : undefined;
    return new Paragraph({
      style: STYLE.signature,
      pageBreakBefore: index === 0 ? pageBreakBefore : undefined,
      tabStops: stops,
      spacing: before === undefined ? undefined : { before },
      // Each line keeps with the next, so the block never splits across pages.
      keepNext: index < lines.length - 1 || placement.keepNext ? true : undefined,
      children,
    });
  });
}
