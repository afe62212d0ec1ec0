/**
 * A signature block: one paragraph per label/value line, kept together on one
 * page. An empty value becomes a line to sign on, drawn as an underscore tab
 * leader, so screen readers hear the label rather than a row of underscores.
 */
import { LeaderType, Paragraph, Tab, TabStopType, TextRun } from "docx";
import { wordRuns } from "./runs";
import { xmlSafe } from "./xmlText";
import { STYLE } from "./styles";

/** Room above a line to sign on (1.27 cm), and above the block's first line. */
const SIGNING_ROOM = 720;
const BLOCK_GAP = 480;
/** Where values start: 5 cm in from the margin. */
const VALUE_TAB = 2835;
/** Where the signing line ends: 14 cm in from the margin. */
const LINE_END_TAB = 7938;

const TAB_STOPS = [
  { type: TabStopType.LEFT, position: VALUE_TAB },
  { type: TabStopType.RIGHT, position: LINE_END_TAB, leader: LeaderType.UNDERSCORE },
];

export function signatureParagraphs(
  lines: ReadonlyArray<{ label: string; value: string }>,
  pageBreakBefore?: true,
): Paragraph[] {
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
      tabStops: TAB_STOPS,
      spacing: before === undefined ? undefined : { before },
      // Each line keeps with the next, so the block never splits across pages.
      keepNext: index < lines.length - 1 ? true : undefined,
      children,
    });
  });
}
