import { shpoLibraryTerm } from "../../case/shpoTerms";
import type { Case, PropertyItem } from "../../case/types";
import { judgeItemNature } from "../../rules/support/itemNature";
import type { RemedyView } from "../types";
import { victimsInWords } from "./view";

/**
 * The proposed terms that deal with an item holding intimate images beyond a
 * deprivation order: the library terms that say they reach such copies
 * (src/case/shpoTerms.ts), for the item's place: online, or a device or other
 * thing. A term written for the case is the prosecution's to explain, so
 * none is claimed.
 */
export function shpoRemedy(theCase: Case, item: PropertyItem): RemedyView | null {
  const applied = theCase.applications?.shpo;
  if (!applied) return null;
  const nature = judgeItemNature(item).nature;
  const whom = victimsInWords(theCase);
  const terms = [...(applied.prohibitions ?? []), ...(applied.requirements ?? [])].flatMap((term) => {
    if (typeof term !== "string") return [];
    const reach = shpoLibraryTerm(term).reachesCopies;
    const deals = reach === "anywhere" || (reach === "online" && nature === "online") || (reach === "devices" && nature === "physical");
    return deals ? [{ id: term, text: null, whom }] : [];
  });
  return terms.length > 0 ? { order: "shpo", terms } : null;
}
