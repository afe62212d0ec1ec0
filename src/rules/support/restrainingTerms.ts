import type { Case, FreeRestrainingTerm, RestrainingTerm } from "../../case/types";
import type { RestrainingTermId } from "../../case/restrainingTerms";
import type { CasePath } from "../../diagnostics/types";

/**
 * How the rules read a restraining order's terms. The order lists them after
 * the words "<defendant> must not:" (templates/restraining-order.docx.hbs), so
 * each term is what the defendant must not do, starting with a verb:
 * "contact ...", "enter Ashby Road". A term read that way must still forbid
 * (Sentencing Act 2020, s.359(1)).
 */

export interface TermAt<T> {
  term: T;
  path: CasePath;
}

function termsAt(theCase: Case): Array<TermAt<RestrainingTerm>> {
  return (theCase.applications?.restraining?.terms ?? []).map((term, i) => ({ term, path: ["applications", "restraining", "terms", i] }));
}

/** The terms written for the case, each with the path of its text. */
export function freeTerms(theCase: Case): Array<TermAt<FreeRestrainingTerm>> {
  return termsAt(theCase).flatMap(({ term, path }) => (typeof term === "string" ? [] : [{ term, path: [...path, "text"] }]));
}

/** The library terms, by id, each with its path. */
export function libraryTerms(theCase: Case): Array<TermAt<RestrainingTermId>> {
  return termsAt(theCase).flatMap(({ term, path }) => (typeof term === "string" ? [{ term, path }] : []));
}

function plain(text: string): string {
  return String(text).toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, " ").trim();
}

/** A term that opens with a negation: after "must not:" it reads "must not not ...". */
const NEGATED_OPENING =
  /^(?:(?:he|she|they|the defendant)\s+)?(?:not\b|never\b|must not\b|mustn't\b|shall not\b|shan't\b|do not\b|does not\b|don't\b|is not to\b|are not to\b|(?:is |are )?(?:prohibited|forbidden|barred|restrained) (?:from|to)\b|refrain from\b)/;

export function opensWithNegation(text: string): boolean {
  return NEGATED_OPENING.test(plain(text));
}

/** Words that make a term an obligation wherever they stand: "must", "shall" (but not "must not"), "required to", "ensure". */
const OBLIGATION = /\b(?:must|shall)\b(?! not\b)|\b(?:required|obliged|directed|ordered) to\b|\b(?:has|have) to\b|\bensure\b|\bmake sure\b/;

/**
 * Verbs that, opening a term (or a clause after ";" or "then"), ask for an act
 * the prosecution would want done: after "must not:" they would forbid it
 * instead. Verbs that are ordinary prohibitions after "must not" (disclose,
 * reveal, give, provide: "must not disclose her address") are not here: they
 * count only in an obligation's words ("must disclose").
 */
const ACT_OPENING = /^(?:delete|destroy|erase|wipe|remove|hand (?:over|in|up)|surrender|deliver (?:up|over)|give up|pay|attend|report to|register|produce|submit|fail to|neglect to|omit to)\b/;

/** Why a term asks for an act rather than forbidding one, or undefined if it forbids. */
export function requiredAct(text: string): "obligation" | "act" | undefined {
  const words = plain(text);
  if (NEGATED_OPENING.test(words)) return undefined;
  if (OBLIGATION.test(words)) return "obligation";
  const clauses = words.split(/;|\band then\b|\bthen\b/).map((c) => c.trim().replace(/^(?:and|or)\s+/, ""));
  return clauses.some((clause) => ACT_OPENING.test(clause)) ? "act" : undefined;
}

/** A road, street or similar named with a capital, an abbreviated one, a postcode, or a zone around a place. */
const STREET = /\b[A-Z][A-Za-z'-]+(?:\s+[A-Z][A-Za-z'-]+)*\s+(?:Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Place|Gardens|Terrace|Grove|Square|Court|Row|Walk|Mews|Rise|Parade|Hill|Green|Estate)\b/;
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/;
const ZONE = /\bwithin\s+\d+\s*(?:m|metres|meters|yards|miles?|km|kilometres)\b/i;

/** Whether a term names a place that could be where someone lives or works. */
export function namesPlace(text: string): boolean {
  const raw = String(text);
  return STREET.test(raw) || POSTCODE.test(raw) || ZONE.test(raw);
}

const KEEPING = /\b(?:keep|keeping|retain|retaining|store|storing|hold|holding|possess|possessing|have in (?:his|her|their) possession)\b/;
const IMAGES = /\b(?:images?|photos?|photographs?|films?|videos?|pictures?|recordings?)\b/;

/** Whether a term forbids keeping images: unsettled law (docs/law.md [restraining-terms]). */
export function concernsRetention(text: string): boolean {
  const words = plain(text);
  return KEEPING.test(words) && IMAGES.test(words);
}
