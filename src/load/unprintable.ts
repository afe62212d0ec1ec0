/**
 * Characters a document cannot show: control characters other than tab and line
 * breaks (C0, DEL and C1), invisible format characters (zero-width spaces and
 * joiners, soft hyphens, bidirectional overrides, tag characters), the
 * noncharacters U+FFFE and U+FFFF, lone surrogates, and the private-use characters
 * the markup escaping uses as stand-ins.
 *
 * They go from the case's text as soon as it is read, so the rules check the text
 * the documents print: "Jo\u0007anna" or "Jo\u200Banna" would otherwise pass the
 * anonymity check as two harmless fragments, then print as "Joanna".
 */
export const UNPRINTABLE = /[^\P{Cc}\t\n\r]|\p{Cf}|\p{Cs}|[\uFFFE\uFFFF\uE000-\uE0FF]/gu;

/** The text without the characters a document cannot show. */
export function removeUnprintable(text: string): string {
  return text.replace(UNPRINTABLE, "");
}
