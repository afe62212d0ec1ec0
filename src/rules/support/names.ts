import type { Case, Complainant } from "../../case/types";

import { FOLDINGS, foldText, type Folding } from "./nameFolding";

/**
 * Finding a complainant's name in free text, without ever returning the name.
 *
 * Both the name and the text are folded (see nameFolding.ts): case, accents,
 * transliteration to ASCII, German ue/ü, and letters from other alphabets that
 * look like Latin ones. Then:
 * - each word of the name matches as a whole word, with a plural or possessive
 *   ending ("Smiths", "Smith's", "the Smiths' home"); apostrophes, hyphens and
 *   spaces inside it may be written or left out ("O'Neill", "ONEILL",
 *   "O Neill"); digits end a word of three letters or more ("joanna1990");
 * - the full name matches with any separator or none ("joanna.pelham"), and run
 *   together it matches anywhere ("xjoannapelham"), as does an initial with the
 *   surname ("jpelham");
 * - inside a handle or an address (a word with @, digits, _ or a dot), a name
 *   word of four letters or more matches anywhere ("@annam1990",
 *   "xpelhamx@mail.com"), and a shorter or ordinary one where it starts the
 *   handle or follows @, a digit, _ or a dot.
 */

export type NamePartKind = "full name" | "first name" | "middle name" | "surname" | "name";

export interface NamePart {
  kind: NamePartKind;
  /** Folded words of the part under each folding, e.g. ["joanna", "pelham"] for a full name. */
  words: Record<Folding, string[]>;
  /** True for a one-word part that is also an ordinary English word (May, Hall, Judge). */
  ordinaryWord: boolean;
  /** Looked for inside other letters too (a full name, or an initial and surname, written as one word). */
  runTogether?: boolean;
}

export interface NameMatch {
  kind: NamePartKind;
  /** Every occurrence was in lower case, outside a handle, and the part is an ordinary word: probably not the name. */
  onlyAsOrdinaryWord: boolean;
}

/** Words of a folded name: letters, digits, apostrophes and hyphens; shorter than two letters is an initial and skipped. */
function wordsOf(folded: string): string[] {
  return folded
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((word) => word.replace(/^['-]+|['-]+$/g, ""))
    .filter((word) => (word.match(/\p{L}/gu) ?? []).length >= 1);
}

/** A word without its apostrophes and hyphens. */
export const lettersOf = (word: string) => word.replace(/['-]/g, "");
const isInitial = (word: string) => lettersOf(word).length < 2;

/**
 * The parts of a name to look for: the full name, each word by its place, each
 * half of a hyphenated word, a short particle joined to the word after it
 * ("O Neill" as "oneill"), and initial plus surname. Words in `except` (the
 * defendant's own name, which the documents must print) are not looked for alone.
 */
export function nameParts(name: string, except: ReadonlySet<string> = new Set()): NamePart[] {
  const byFolding = Object.fromEntries(FOLDINGS.map((f) => [f, wordsOf(foldText(name, f).text)])) as Record<Folding, string[]>;
  const count = byFolding.transliterated.length;
  if (FOLDINGS.some((f) => byFolding[f].length !== count)) return FOLDINGS.flatMap((f) => partsOf({ transliterated: byFolding[f], lookalike: byFolding[f] }, except));
  return partsOf(byFolding, except);
}

function partsOf(words: Record<Folding, string[]>, except: ReadonlySet<string>): NamePart[] {
  const parts: NamePart[] = [];
  const each = (pick: (list: string[]) => string[]) => Object.fromEntries(FOLDINGS.map((f) => [f, pick(words[f])])) as Record<Folding, string[]>;
  const whole = each((list) => list.filter((w) => !isInitial(w)));
  const count = whole.transliterated.length;
  const add = (part: NamePart) => {
    const key = JSON.stringify([part.words, part.runTogether === true]);
    if (!parts.some((p) => JSON.stringify([p.words, p.runTogether === true]) === key)) parts.push(part);
  };
  if (count > 1) {
    add({ kind: "full name", words: whole, ordinaryWord: false });
    // As in a user name or an email address: first and last name, either way round, with nothing between.
    for (const order of [[0, count - 1], [count - 1, 0]]) {
      const joined = each((list) => [order.map((i) => lettersOf(list.filter((w) => !isInitial(w))[i])).join("")]);
      if (joined.transliterated[0].length >= 6) add({ kind: "full name", words: joined, ordinaryWord: false, runTogether: true });
    }
    // An initial and the surname, as in "jpelham" or "pelhamj".
    for (const order of ["initial first", "surname first"] as const) {
      const joined = each((list) => {
        const real = list.filter((w) => !isInitial(w));
        const initial = lettersOf(real[0])[0];
        const surname = lettersOf(real[real.length - 1]);
        return [order === "initial first" ? initial + surname : surname + initial];
      });
      if (joined.transliterated[0].length >= 5) add({ kind: "surname", words: joined, ordinaryWord: false, runTogether: true });
    }
  }
  whole.transliterated.forEach((_, index) => {
    const kind: NamePartKind = count === 1 ? "name" : index === 0 ? "first name" : index === count - 1 ? "surname" : "middle name";
    const word = each((list) => [list[index]]);
    const pieces: Array<Record<Folding, string[]>> = [word];
    if (word.transliterated[0].includes("-")) {
      word.transliterated[0].split("-").forEach((_, i) => {
        const half = Object.fromEntries(FOLDINGS.map((f) => [f, [word[f][0].split("-")[i] ?? word[f][0]]])) as Record<Folding, string[]>;
        pieces.push(half);
      });
    }
    for (const piece of pieces) {
      const letters = lettersOf(piece.transliterated[0]);
      if (letters.length < 2 || except.has(letters)) continue;
      add({ kind, words: piece, ordinaryWord: ORDINARY_WORDS.has(letters) });
    }
  });
  // A short particle written apart from the word after it ("O Neill", "de Vries"): the two as one word too.
  const all = words.transliterated;
  all.forEach((word, index) => {
    if (index === 0 || index === all.length - 1 || lettersOf(word).length > 3) return;
    const joined = each((list) => [lettersOf(list[index]) + "-" + lettersOf(list[index + 1])]);
    add({ kind: index + 1 === all.length - 1 ? "surname" : "middle name", words: joined, ordinaryWord: false });
  });
  return parts;
}

/** The letters of each word of the defendant's name, to pass as `except`. */
export function defendantWords(theCase: Case): Set<string> {
  return new Set(FOLDINGS.flatMap((f) => wordsOf(foldText(theCase.defendant.name, f).text).flatMap((word) => [lettersOf(word), ...word.split("-")])));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A word whose apostrophes and hyphens may be written, left out, or written as a space. */
function flexibleWord(word: string): string {
  return word
    .split(/['-]+/)
    .filter((piece) => piece.length > 0)
    .map(escapeRegExp)
    .join("[\\s'-]*");
}

const patterns = new WeakMap<NamePart, Record<Folding, RegExp>>();

/** The pattern that finds a part in text folded with `folding` (flags gu). */
export function partPattern(part: NamePart, folding: Folding): RegExp {
  let built = patterns.get(part);
  if (!built) {
    built = Object.fromEntries(FOLDINGS.map((f) => [f, buildPattern(part.words[f], part.runTogether === true)])) as Record<Folding, RegExp>;
    patterns.set(part, built);
  }
  return built[folding];
}

function buildPattern(words: string[], runTogether: boolean): RegExp {
  if (runTogether) return new RegExp(words.map(escapeRegExp).join(""), "gu");
  const body = words.map(flexibleWord).join("[\\s'._-]*");
  // A plural or possessive ending: "Smiths", "Smith's", "Smiths'".
  const ending = "(?:'s|s'|es|s|')?";
  // A digit ends a word of three letters or more ("joanna1990"), but not a shorter one, so "Jo" is not found in "JO1".
  const around = words.join("").replace(/['-]/g, "").length >= 3 ? "\\p{L}" : "\\p{L}\\p{N}";
  return new RegExp(`(?<![${around}])${body}${ending}(?![${around}])`, "gu");
}

/** Words that look like a handle or an address: with @, or digits, _ or a dot among letters. */
export const TOKEN = /[^\s,;:()<>[\]{}"!?*]+/gu;
export const HANDLE_MARKS = /[@_\d]|\p{L}\.\p{L}/u;
export const HANDLE_BOUNDARY = /[@_.+\d-]/u;

/** True if a name word occurs inside a handle-like word of the folded text, as the rules above allow. */
function inHandle(folded: string, part: NamePart, folding: Folding): boolean {
  if (part.runTogether || part.words[folding].length !== 1) return false;
  const word = lettersOf(part.words[folding][0]);
  if (word.length < 3) return false;
  for (const [token] of folded.matchAll(TOKEN)) {
    if (!HANDLE_MARKS.test(token)) continue;
    let at = token.indexOf(word);
    while (at >= 0) {
      const before = token[at - 1];
      if (word.length >= 4 && !part.ordinaryWord) return true;
      if (before === undefined || HANDLE_BOUNDARY.test(before)) return true;
      at = token.indexOf(word, at + 1);
    }
  }
  return false;
}

/**
 * Which parts of a name occur in a text; never the text or the name itself.
 * This is the definition, part by part; compileNameParts (nameMatcher.ts) gives
 * the same answer for many parts over many texts in linear time.
 */
export function findNameParts(text: string, parts: ReadonlyArray<NamePart>): NameMatch[] {
  const folded = FOLDINGS.map((folding) => ({ folding, ...foldText(text, folding) }));
  const matches: NameMatch[] = [];
  for (const part of parts) {
    let found = false;
    let onlyLowerCase = true;
    let handle = false;
    for (const { folding, text: haystack, origin } of folded) {
      for (const match of haystack.matchAll(partPattern(part, folding))) {
        found = true;
        const start = origin[match.index];
        const end = origin[match.index + match[0].length - 1] + 1;
        const occurrence = text.slice(start, end);
        if (occurrence !== occurrence.toLowerCase()) onlyLowerCase = false;
      }
      if (inHandle(haystack, part, folding)) handle = found = true;
    }
    if (found) matches.push({ kind: part.kind, onlyAsOrdinaryWord: part.ordinaryWord && onlyLowerCase && !handle });
  }
  return matches;
}

/** The complainants' name words (of three letters or more), folded as ids are, without apostrophes and hyphens: for idHoldsAnyWord. */
export function wordsIdsMayHold(complainants: ReadonlyArray<Complainant> | undefined): ReadonlySet<string> {
  return new Set(
    (complainants ?? []).flatMap((c) =>
      c.name === undefined ? [] : FOLDINGS.flatMap((folding) => wordsOf(foldText(c.name!, folding).text).map(lettersOf).filter((word) => word.length >= 3)),
    ),
  );
}

/**
 * True if an id holds one of the words (wordsIdsMayHold), so printing it could
 * name a complainant. Every stretch of the folded id is looked up, rather than
 * every word searched for: an id is short (32 characters at most), and a case
 * may list thousands of names.
 */
export function idHoldsAnyWord(id: string, words: ReadonlySet<string>): boolean {
  for (const folding of FOLDINGS) {
    const folded = foldText(id, folding).text.replace(/[^\p{L}\p{N}]/gu, "");
    for (let start = 0; start < folded.length; start++) {
      for (let end = start + 3; end <= folded.length; end++) if (words.has(folded.slice(start, end))) return true;
    }
  }
  return false;
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
