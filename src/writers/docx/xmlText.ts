/**
 * Text made safe to hand to the docx library.
 *
 * The library escapes `<`, `&`, `>` and quotes, but it passes through characters
 * that XML 1.0 does not allow at all, even escaped: C0 controls other than tab,
 * newline and carriage return, U+FFFE, U+FFFF, and surrogates that are not half
 * of a pair. Word refuses a file holding any of them, so they are dropped here.
 */
const FORBIDDEN_IN_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML 1.0 forbids; everything else is kept as it is. */
export function xmlSafe(text: string): string {
  // Most text is clean: testing first avoids building a new string.
  FORBIDDEN_IN_XML.lastIndex = 0;
  if (!FORBIDDEN_IN_XML.test(text)) return text;
  FORBIDDEN_IN_XML.lastIndex = 0;
  return text.replace(FORBIDDEN_IN_XML, "");
}
