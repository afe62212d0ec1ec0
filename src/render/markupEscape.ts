import { removeUnprintable } from "../load/unprintable";

/**
 * User text must never be read as markup: a description starting "# " must not
 * become a heading. Markup characters in user text are swapped for private-use
 * stand-ins before rendering and swapped back when the markup is parsed.
 */
const MARKUP_CHARACTERS = ["\\", "*", "|", "#", "@", "-", ".", "+", ">"] as const;
const FIRST_STANDIN = 0xe000;

const toStandin = new Map<string, string>(MARKUP_CHARACTERS.map((c, i) => [c, String.fromCharCode(FIRST_STANDIN + i)]));
const fromStandin = new Map<string, string>(MARKUP_CHARACTERS.map((c, i) => [String.fromCharCode(FIRST_STANDIN + i), c]));
const STANDIN_PATTERN = new RegExp(`[\\u${hex(FIRST_STANDIN)}-\\u${hex(FIRST_STANDIN + MARKUP_CHARACTERS.length - 1)}]`, "g");
const MARKUP_PATTERN = /[\\*|#@\-.+>]/g;

/** Cleans one piece of user text for a document: one line, no forbidden characters, markup-inert. */
export function escapeUserText(value: string): string {
  // XML 1.0 forbids control characters; Word refuses a file that holds them. Private-use
  // stand-ins in the input would be mistaken for escapes, so they go too, as do
  // invisible characters: see removeUnprintable.
  return removeUnprintable(value)
    .replace(/\s+/g, " ")
    .trim()
    .replace(MARKUP_PATTERN, (c) => toStandin.get(c) ?? c);
}

/** Turns stand-ins back into the characters the user wrote. */
export function unescapeUserText(value: string): string {
  return value.replace(STANDIN_PATTERN, (c) => fromStandin.get(c) ?? c);
}

function hex(code: number): string {
  return code.toString(16).padStart(4, "0");
}
