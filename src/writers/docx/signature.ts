/**
 * A signature block: one paragraph per label/value line, kept together on one
 * page. An empty value becomes a line to sign on, drawn as an underscore tab
 * leader, so screen readers hear the label rather than a row of underscores.
 */
import { LeaderType, Paragraph, Tab, TabStopType, TextRun } from "docx";
import { xmlSafe } from "./xmlText";
import { STYLE } from "./styles";

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
    const value = xmlSafe(line.value);
    const children =
      value.trim() === ""
        ? [new TextRun({ children: [xmlSafe(line.label), new Tab(), new Tab()] })]
        : [new TextRun({ children: [xmlSafe(line.label), new Tab(), value] })];
    return new Paragraph({
      style: STYLE.signature,
      pageBreakBefore: index === 0 ? pageBreakBefore : undefined,
      tabStops: TAB_STOPS,
      // Each line keeps with the next, so the block never splits across pages.
      keepNext: index < lines.length - 1,
      children,
    });
  });
}
