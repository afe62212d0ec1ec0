import type { Case, FreeRestrainingTerm, RestrainingTerm } from "../../case/types";
import type { RestrainingTermId } from "../../case/restrainingTerms";
import type { CasePath } from "../../diagnostics/types";

/**
 * How the rules read a restraining order's terms. The order lists them after
 * words that carry no negative of their own ("the court orders <defendant>:",
 * templates/restraining-order.docx.hbs), so each term is written in the form
 * the case format gives: "not to contact ...", "not to enter Ashby Road". A
 * term read that way must forbid, and forbid once (Sentencing Act 2020,
 * s.359(1)).
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

/** The form every term takes: "not to ...". */
const PROHIBITION = /^not to\b/;

/** A negative lead-in other than "not to": "must not", "prohibited from", "never", "refrain from". */
const OTHER_NEGATIVE_OPENING =
  /^(?:(?:he|she|they|the defendant)\s+)?(?:not\b(?! to\b)|never\b|must not\b|mustn't\b|shall not\b|shan't\b|do not\b|does not\b|don't\b|is not to\b|are not to\b|(?:is |are )?(?:prohibited|forbidden|barred|restrained) (?:from|to)\b|refrain from\b)/;

/** A second negative straight after such a lead-in: "prohibited from: not to ...", "must not never ...". */
const SECOND_NEGATIVE = /^[\s:;,-]*(?:to\s+)?(?:not|never)\b/;

/**
 * "not to" followed by another negative, so the term forbids not doing
 * something: "not to fail to", "not to refrain from", "not to cease". Not
 * "not to stop", which is as often a prohibition ("not to stop outside her
 * house").
 */
const NEGATED_PROHIBITION = /^not to\s+(?:not|never|fail to|neglect to|omit to|refrain from|cease|abstain from|desist from)\b/;

/** Whether a term opens with a negative, as a prohibition does: "not to ...", "must not ...", "never ...". */
export function opensWithNegative(text: string): boolean {
  const words = plain(text);
  return PROHIBITION.test(words) || OTHER_NEGATIVE_OPENING.test(words);
}

/** Whether a term adds a second negative to the prohibition: "prohibited from: not to ...", "not to fail to ...". */
export function doublyNegative(text: string): boolean {
  const words = plain(text);
  if (NEGATED_PROHIBITION.test(words)) return true;
  const lead = OTHER_NEGATIVE_OPENING.exec(words);
  return lead !== null && SECOND_NEGATIVE.test(words.slice(lead[0].length));
}

/** Words that make a term an obligation wherever they stand: "must", "shall" (but not "must not"), "required to", "ensure". */
const OBLIGATION = /\b(?:must|shall)\b(?! not\b)|\b(?:required|obliged|directed|ordered) to\b|\b(?:has|have) to\b|\bensure\b|\bmake sure\b/;

/**
 * Verbs that, opening a term not in the "not to" form (or a later clause,
 * after ";" or "then", not itself negated), ask for an act the prosecution
 * would want done: "delete the images". After "not to" they are ordinary
 * prohibitions ("not to delete ..."). Verbs such as disclose, reveal, give,
 * provide count only in an obligation's words ("must disclose").
 */
const ACT_OPENING = /^(?:delete|destroy|erase|wipe|remove|hand (?:over|in|up)|surrender|deliver (?:up|over)|give up|pay|attend|report to|register|produce|submit|fail to|neglect to|omit to)\b/;

/** A clause that carries its own negative: "not to ...", "nor to ...", "and not ...". */
const NEGATED_CLAUSE = /^(?:not|nor|never)\b/;

/**
 * Why a term does not forbid in the form "not to ...", or undefined if it
 * does. A doubly negative term is left to restraining-double-negative.
 * "obligation": words of an obligation; "act": names an act to be done;
 * "own-negative": forbids in words of its own ("must not ..."), not "not to";
 * "form": does not start "not to", so reads as something to be done.
 */
export function notAProhibition(text: string): "obligation" | "act" | "own-negative" | "form" | undefined {
  const words = plain(text);
  if (doublyNegative(words)) return undefined;
  if (OBLIGATION.test(words)) return "obligation";
  const [first, ...later] = words.split(/;|\band then\b|\bthen\b/).map((c) => c.trim().replace(/^(?:and|or)\s+/, ""));
  if (later.some((clause) => !NEGATED_CLAUSE.test(clause) && ACT_OPENING.test(clause))) return "act";
  if (PROHIBITION.test(first)) return undefined;
  if (ACT_OPENING.test(first)) return "act";
  return OTHER_NEGATIVE_OPENING.test(first) ? "own-negative" : "form";
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
