/**
 * What one case adds to a report across cases: counts only, never a name.
 * Built from a typed case; the report (summary.ts) adds these up.
 */
import type { Case, Decision, PropertyItem, RestrainingTerm } from "../case/types";
import { libraryTerm } from "../case/restrainingTerms";
import { judgeItemNature } from "../rules/support/itemNature";

/** Why an item holding intimate images is not covered by a deprivation order: the first that applies, in this order. */
export const LEFT_OUT_REASONS = ["online-copy", "not-seized", "third-party", "no-evidence", "left-out-by-court", "not-applied-for"] as const;
export type LeftOutReason = (typeof LEFT_OUT_REASONS)[number];

/** What the record says of the deprivation order: a decision, no outcome recorded for it, or no application and no order. */
export type DeprivationStatus = Decision | "no-outcome" | "not-applied-for";

export interface CaseFacts {
  /** The court, named as the documents name it ("Crown Court at Leicester", "Luton Magistrates' Court"): a place, never a person. */
  court: string;
  /** The hearing's month, YYYY-MM. */
  month: string;
  holdsImages: boolean;
  deprivationApplied: boolean;
  deprivation: DeprivationStatus;
  /** Items holding intimate images that the order as made (or, with no decision yet, the application) does not cover, by reason. */
  leftOut: LeftOutReason[];
  /** A restraining order made (in full or in part). */
  restrainingMade: boolean;
  /** ...whose terms as made forbid something done with images. */
  restrainingAddressesImages: boolean;
}

const IMAGE_WORDS = /(?<![\p{L}])(?:images?|photo(?:graph)?s?|films?|videos?|pictures?)(?![\p{L}])/iu;

export function caseFacts(theCase: Case, courtWithheld = false): CaseFacts {
  const applied = theCase.applications?.deprivation;
  const made = theCase.outcome?.orders.deprivation;
  const deprivation: DeprivationStatus = made ? made.decision : applied ? "no-outcome" : "not-applied-for";
  // What the order covers: as made; nothing once refused; while adjourned or unrecorded, what was applied for.
  const covered = new Set(made && made.decision !== "adjourned" ? (made.decision === "refused" ? [] : made.property ?? []) : applied?.property ?? []);
  const asked = new Set(applied?.property ?? []);
  const leftOut = theCase.property.filter((item) => item.holdsIntimateImages === true && !covered.has(item.id)).map((item) => whyLeftOut(item, asked.has(item.id)));
  const restraining = theCase.outcome?.orders.restraining;
  const restrainingMade = restraining !== undefined && (restraining.decision === "made" || restraining.decision === "made-in-part");
  return {
    court: courtWithheld ? "[court withheld]" : courtName(theCase.court.level, theCase.court.location.trim().replace(/\s+/g, " ")),
    month: theCase.hearing.date.slice(0, 7),
    holdsImages: theCase.property.some((item) => item.holdsIntimateImages === true),
    deprivationApplied: applied !== undefined,
    deprivation,
    leftOut,
    restrainingMade,
    restrainingAddressesImages: restrainingMade && (restraining.terms ?? []).some(addressesImages),
  };
}

const courtName = (level: Case["court"]["level"], place: string) => (level === "crown" ? `Crown Court at ${place}` : `${place} Magistrates' Court`);

function whyLeftOut(item: PropertyItem, appliedFor: boolean): LeftOutReason {
  if (judgeItemNature(item).nature === "online") return "online-copy";
  if (item.seizure === undefined || item.seizure.route === "not-seized") return "not-seized";
  if (item.ownership === "third-party") return "third-party";
  if (item.use?.evidence === undefined) return "no-evidence";
  return appliedFor ? "left-out-by-court" : "not-applied-for";
}

/** A library term that deals with images (src/case/restrainingTerms.ts), or a term of the case's own that speaks of them. */
function addressesImages(term: RestrainingTerm): boolean {
  return typeof term === "string" ? libraryTerm(term).reachesCopies !== undefined : IMAGE_WORDS.test(term.text);
}
