import type { Case, Complainant } from "../../case/types";

/**
 * Finding a complainant's name in free text, without ever returning the name.
 * Matching is case-insensitive, whole-word, and blind to accents, to the kind
 * of apostrophe and to letters from other alphabets that look like Latin ones,
 * so "JOANNA", "Joanna's", "Jóanna" and "Jоanna" (a Cyrillic о) all match
 * "Joanna". Digits do not end a word of three letters or more ("joanna1990", as
 * in a user name, matches), and a full name run together matches anywhere
 * ("xjoannapelham").
 */

export type NamePartKind = "full name" | "first name" | "middle name" | "surname" | "name";

export interface NamePart {
  kind: NamePartKind;
  /** Folded words of the part, e.g. ["joanna", "pelham"] for a full name. */
  words: string[];
  /** True for a one-word part that is also an ordinary English word (May, Hall, Judge). */
  ordinaryWord: boolean;
  /** A full name written without spaces ("joannapelham"): looked for inside other words too. */
  runTogether?: boolean;
}

export interface NameMatch {
  kind: NamePartKind;
  /** Every occurrence was in lower case and the part is an ordinary word: probably not the name. */
  onlyAsOrdinaryWord: boolean;
}

/**
 * Cyrillic and Greek letters that look like Latin ones, as the Latin letter.
 * Folding both the name and the text keeps a name written in those alphabets
 * matching itself.
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  а: "a", е: "e", ё: "e", к: "k", о: "o", р: "p", с: "c", у: "y", х: "x",
  ѕ: "s", і: "i", ї: "i", ј: "j", ԁ: "d", һ: "h", ӏ: "l", ԛ: "q", ԝ: "w",
  А: "A", В: "B", Е: "E", Ё: "E", К: "K", М: "M", Н: "H", О: "O", Р: "P", С: "C", Т: "T", У: "Y", Х: "X",
  Ѕ: "S", І: "I", Ї: "I", Ј: "J", Ԁ: "D", Һ: "H", Ӏ: "I", Ԛ: "Q", Ԝ: "W",
  α: "a", ο: "o", ρ: "p", ν: "v", ι: "i", κ: "k", υ: "u",
  Α: "A", Β: "B", Ε: "E", Ζ: "Z", Η: "H", Ι: "I", Κ: "K", Μ: "M", Ν: "N", Ο: "O", Ρ: "P", Τ: "T", Υ: "Y", Χ: "X",
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join("")}]`, "gu");

/** Strips accents, unifies apostrophes and turns look-alike letters Latin; keeps case. */
export function foldAccents(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'")
    .replace(LOOK_ALIKE, (letter) => LOOK_ALIKES[letter]);
}

function fold(text: string): string {
  return foldAccents(text).toLowerCase();
}

/** Words of a name: letters, digits, apostrophes and hyphens; shorter than two letters is an initial and skipped. */
function nameWords(name: string): string[] {
  return fold(name)
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((word) => word.replace(/^['-]+|['-]+$/g, ""))
    .filter((word) => (word.match(/\p{L}/gu) ?? []).length >= 2);
}

/**
 * The parts of a name to look for: the full name, each word by its place, and
 * each half of a hyphenated word. Words in `except` (the defendant's own name,
 * which the documents must print) are not looked for alone.
 */
export function nameParts(name: string, except: ReadonlySet<string> = new Set()): NamePart[] {
  const words = nameWords(name);
  const parts: NamePart[] = [];
  if (words.length > 1) {
    parts.push({ kind: "full name", words, ordinaryWord: false });
    // As in a user name or an email address: first and last name, either way round, with nothing between.
    const [first, last] = [words[0], words[words.length - 1]].map((word) => word.replace(/['-]/g, ""));
    for (const joined of new Set([first + last, last + first])) {
      if (joined.length >= 6) parts.push({ kind: "full name", words: [joined], ordinaryWord: false, runTogether: true });
    }
  }
  words.forEach((word, index) => {
    const kind: NamePartKind = words.length === 1 ? "name" : index === 0 ? "first name" : index === words.length - 1 ? "surname" : "middle name";
    const pieces = word.includes("-") ? [word, ...word.split("-").filter((piece) => piece.length >= 2)] : [word];
    for (const piece of pieces) {
      if (except.has(piece)) continue;
      if (parts.some((part) => part.words.length === 1 && part.words[0] === piece)) continue;
      parts.push({ kind, words: [piece], ordinaryWord: ORDINARY_WORDS.has(piece) });
    }
  });
  return parts;
}

/** The words of the defendant's name, to pass as `except`. */
export function defendantWords(theCase: Case): Set<string> {
  return new Set(nameWords(theCase.defendant.name).flatMap((word) => [word, ...word.split("-")]));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function partPattern(part: NamePart): RegExp {
  const body = part.words.map(escapeRegExp).join("[\\s\\u00A0]+");
  if (part.runTogether) return new RegExp(body, "giu");
  // A digit ends a word of three letters or more ("joanna1990"), but not a shorter one, so "Jo" is not found in "JO1".
  const around = part.words.join("").length >= 3 ? "\\p{L}" : "\\p{L}\\p{N}";
  return new RegExp(`(?<![${around}])${body}(?![${around}])`, "giu");
}

/** Which parts of a name occur in a text; never the text or the name itself. */
export function findNameParts(text: string, parts: ReadonlyArray<NamePart>): NameMatch[] {
  const haystack = foldAccents(text);
  const matches: NameMatch[] = [];
  for (const part of parts) {
    const found = [...haystack.matchAll(partPattern(part))].map((m) => m[0]);
    if (found.length === 0) continue;
    const allLowerCase = found.every((occurrence) => occurrence === occurrence.toLowerCase());
    matches.push({ kind: part.kind, onlyAsOrdinaryWord: part.ordinaryWord && allLowerCase });
  }
  return matches;
}

/** True if an id contains any word of any complainant's name, so printing it could name them. */
export function idMayNameComplainant(id: string, complainants: ReadonlyArray<Complainant> | undefined): boolean {
  const foldedId = fold(id);
  return (complainants ?? []).some((c) => c.name !== undefined && nameWords(c.name).some((word) => word.length >= 3 && foldedId.includes(word.replace(/['-]/g, ""))));
}

/**
 * Words that are also given names or surnames. A lower-case "may" or "judge" in
 * a text is almost surely the ordinary word, not the complainant's name.
 */
const ORDINARY_WORDS: ReadonlySet<string> = new Set(
  (
    "may june april august summer autumn winter dawn grace hope faith joy charity patience honor honour mercy " +
    "rose ruby amber holly ivy lily daisy violet heather pearl iris jade crystal hazel olive poppy willow fern " +
    "bill will mark pat sue ray guy jack frank rich dean drew chase hunter cash sunny honey brook river star angel penny " +
    "hall wood woods green white black brown grey gray young king baker cook smith wall hill marsh lane field fields moss " +
    "rice price page bell best bird bush case cross day fox gold house long love low moon more park power sharp short " +
    "small stone strong swift west north south east wise wolf little law lord judge reed read steel street thorn mills " +
    "banks brooks wells hart waters spring frost snow march bond mason carter fisher fowler miller porter turner walker " +
    "ward webb wright child friend good hand head heart home land lamb light major noble rose shepherd singer sparrow " +
    "temple tree vale wells wild worth"
  ).split(/\s+/),
);
