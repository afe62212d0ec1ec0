/**
 * A rough width, in twips, of text set in the house font (Arial, 12 pt unless
 * another size in points is given), for
 * laying out table columns and signature tab stops before Word does.
 * Deliberately generous: a guess too wide costs a little space, a guess too
 * narrow breaks words or pushes text past a tab stop.
 */

/** Arial's advance widths are about these fractions of the point size. */
const NARROW_CHARACTERS = "iljtfrI.,:;'!|() ";
const WIDE_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZmw@%&";
const NARROW = 0.3;
const WIDE = 0.75;
const OTHER = 0.56;
/** Twips in a point. */
const TWIPS = 20;

/**
 * Each ASCII character's width, looked up rather than matched: every document
 * measures thousands of characters. Narrow wins where a letter is in both (I).
 * Any other character, astral ones included, counts as one of OTHER width.
 */
const ASCII_WIDTHS: ReadonlyArray<number> = Array.from({ length: 128 }, (_, code) => {
  const character = String.fromCharCode(code);
  return NARROW_CHARACTERS.includes(character) ? NARROW : WIDE_CHARACTERS.includes(character) ? WIDE : OTHER;
});

export function textWidth(text: string, bold = false, points = 12): number {
  let ems = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) ems += ASCII_WIDTHS[code];
    else {
      ems += OTHER;
      // A surrogate pair is one character.
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
      }
    }
  }
  return Math.ceil(ems * points * TWIPS * (bold ? 1.08 : 1));
}

/** The width of the widest word: what a column must hold without breaking a word. */
export function longestWordWidth(text: string, bold = false, points = 12): number {
  let widest = 0;
  for (const word of text.split(/\s+/)) widest = Math.max(widest, textWidth(word, bold, points));
  return widest;
}
