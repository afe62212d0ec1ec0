import { asciiLetters } from "./asciiLetters";

/**
 * Folding text so that one name written many ways compares equal. Both the
 * complainant's name and the text searched are folded the same way, so a name
 * entered in ASCII still matches its native spelling in the text, and the
 * other way round.
 *
 * Two foldings are used, each on both sides:
 * - `transliterated`: lower case (ẞ to ß, İ to i), then each letter to ASCII by
 *   the `transliteration` library (ß to ss, ł to l, ø to o, æ to ae, đ to d,
 *   þ to th, Cyrillic and Arabic to Latin);
 * - `lookalike`: first turns Cyrillic and Greek letters that look like Latin
 *   ones into those Latin letters (a Cyrillic о in "Jоanna", a Greek Ρ in
 *   "Ρelham"), which transliteration would read by sound instead.
 * In both, an `e` after `a`, `o` or `u` is dropped, so the German spellings
 * ue, oe, ae and ü, ö, ä fold alike ("Mueller", "Müller" and "Muller" all
 * become "muller"); accents and invisible marks are dropped; apostrophes and
 * hyphens of every kind become ' and -; any other space becomes one space.
 */
export type Folding = "transliterated" | "lookalike";
export const FOLDINGS: ReadonlyArray<Folding> = ["transliterated", "lookalike"];

export interface FoldedText {
  text: string;
  /** For each UTF-16 unit of `text`, the index in the original of the character it came from. */
  origin: number[];
}

/**
 * Cyrillic and Greek letters that look like Latin ones, as the Latin letter.
 * (A table, not a library: it is about shape, which no transliteration gives.)
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  а: "a", е: "e", ё: "e", к: "k", о: "o", р: "p", с: "c", у: "y", х: "x",
  ѕ: "s", і: "i", ї: "i", ј: "j", ԁ: "d", һ: "h", ӏ: "l", ԛ: "q", ԝ: "w",
  А: "A", В: "B", Е: "E", Ё: "E", К: "K", М: "M", Н: "H", О: "O", Р: "P", С: "C", Т: "T", У: "Y", Х: "X",
  Ѕ: "S", І: "I", Ї: "I", Ј: "J", Ԁ: "D", Һ: "H", Ӏ: "I", Ԛ: "Q", Ԝ: "W",
  α: "a", ο: "o", ρ: "p", ν: "v", ι: "i", κ: "k", υ: "u",
  Α: "A", Β: "B", Ε: "E", Ζ: "Z", Η: "H", Ι: "I", Κ: "K", Μ: "M", Ν: "N", Ο: "O", Ρ: "P", Τ: "T", Υ: "Y", Χ: "X",
};

/** Any character the two foldings treat differently: a look-alike letter. */
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join("")}]`, "u");

/** True if `text` folds to the same text, character for character, under every folding. */
export function foldsAlike(text: string): boolean {
  return !LOOK_ALIKE.test(text);
}

const APOSTROPHE = /['\u2018\u2019\u201B\u02BC\u02BB\u0060\u00B4\u2032\uFF07]/u;
const HYPHEN = /[-\u2010\u2011\u2012\u2013\u2212\uFE63\uFF0D]/u;
const MARK_OR_INVISIBLE = /[\p{M}\p{Cf}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Each character's folding, cached: a case is folded many times over a few hundred distinct characters. */
const cache: Record<Folding, Map<string, string>> = { transliterated: new Map(), lookalike: new Map() };

function foldCharacter(character: string, folding: Folding): string {
  const cached = cache[folding].get(character);
  if (cached !== undefined) return cached;
  const folded = computeFold(character, folding);
  cache[folding].set(character, folded);
  return folded;
}

function computeFold(character: string, folding: Folding): string {
  const shape = folding === "lookalike" ? (LOOK_ALIKES[character] ?? character) : character;
  if (shape.charCodeAt(0) < 0x80) return shape.toLowerCase();
  if (APOSTROPHE.test(shape)) return "'";
  if (HYPHEN.test(shape)) return "-";
  if (/\s/u.test(shape)) return " ";
  if (MARK_OR_INVISIBLE.test(shape)) return "";
  const lower = shape.toLowerCase();
  const ascii = asciiLetters(lower);
  if (ascii.length > 0) return ascii;
  // A letter the library cannot read stays itself, so it still separates words.
  return LETTER_OR_DIGIT.test(lower) ? lower : " ";
}

/** The text folded, with where each folded character came from. */
export function foldText(text: string, folding: Folding): FoldedText {
  let out = "";
  const origin: number[] = [];
  let index = 0;
  for (const character of text) {
    for (const unit of foldCharacter(character, folding)) {
      const previous = out[out.length - 1];
      // German ue, oe, ae fold with ü, ö, ä (which transliterate to u, o, a).
      if (unit === "e" && (previous === "a" || previous === "o" || previous === "u")) continue;
      out += unit;
      origin.push(index);
    }
    index += character.length;
  }
  return { text: out, origin };
}
