import { libraryTerm } from "../../case/restrainingTerms";
import type { Case, PropertyItem } from "../../case/types";
import { judgeItemNature } from "../../rules/support/itemNature";
import type { RemedyView } from "../types";
import { protectedInWords } from "./view";

/**
 * The proposed terms that deal with an item holding intimate images beyond a
 * deprivation order: the library terms that say they reach such copies
 * (src/case/restrainingTerms.ts), for the item's place (online or not). A term
 * written for the case is the prosecution's to explain, so none is claimed.
 * When the item is tied to offences against people the order does not
 * protect, it deals with nothing.
 */
export function restrainingRemedy(theCase: Case, item: PropertyItem): RemedyView | null {
  const applied = theCase.applications?.restraining;
  if (!applied) return null;
  if (!protectsWhoseImages(theCase, item, applied.protects)) return null;
  const online = judgeItemNature(item).nature === "online";
  const whom = protectedInWords(theCase);
  const terms = applied.terms.flatMap((term) => {
    if (typeof term !== "string") return [];
    const reach = libraryTerm(term).reachesCopies;
    return reach === "anywhere" || (reach === "online" && online) ? [{ id: term, text: null, whom }] : [];
  });
  return terms.length > 0 ? { order: "restraining", terms } : null;
}

/** Whether the people protected include someone an offence the item is tied to was against; an item tied to no such offence may hold anyone's images. */
function protectsWhoseImages(theCase: Case, item: PropertyItem, protects: string[]): boolean {
  const offenceIds = new Set(item.use?.offences ?? []);
  const complainants = theCase.offences.filter((o) => offenceIds.has(o.id) && o.complainant !== undefined).map((o) => o.complainant!);
  return complainants.length === 0 || complainants.some((id) => protects.includes(id));
}
