/**
 * A rough width, in twips, of text set in the house font (Arial, 12 pt unless
 * another size in points is given), for
 * laying out table columns and signature tab stops before Word does.
 * Deliberately generous: a guess too wide costs a little space, a guess too
 * narrow breaks words or pushes text past a tab stop.
 */

/** Arial's advance widths are about these fractions of the point size. */
const NARROW = /[iljtfrI.,:;'!|() ]/;
const WIDE = /[A-Zmw@%&]/;
/** Twips in a point. */
const TWIPS = 20;

export function textWidth(text: string, bold = false, points = 12): number {
  let ems = 0;
  for (const char of text) ems += NARROW.test(char) ? 0.3 : WIDE.test(char) ? 0.75 : 0.56;
  return Math.ceil(ems * points * TWIPS * (bold ? 1.08 : 1));
}

/** The width of the widest word: what a column must hold without breaking a word. */
export function longestWordWidth(text: string, bold = false, points = 12): number {
  let widest = 0;
  for (const word of text.split(/\s+/)) widest = Math.max(widest, textWidth(word, bold, points));
  return widest;
}
