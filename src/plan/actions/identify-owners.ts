import { authorityCitation, deprivationCitation } from "../../law/lawTable";
import { itemsAnOrderCouldTake } from "../items";
import { defineAction, type ActionReport } from "../types";

const WHY =
  "A deprivation order takes away only the offender's rights, if any, in the property; where someone else owns it, " +
  "their interest is protected by weighing the property's value, that owner's culpability and the effect on them (O'Leary International, as reported).";

export default defineAction({
  id: "identify-owners",
  citation: `${deprivationCitation("definition")}; ${authorityCitation("oleary")}`,
  certainty: "secondary",
  summary: "An item an order could take whose owner is not recorded, or is shared or someone else's: find out who owns it and what they knew.",
  check({ case: theCase }) {
    return itemsAnOrderCouldTake(theCase).flatMap((item): ActionReport[] => {
      const ownership = item.value.ownership;
      if (ownership === undefined || ownership === "unknown") {
        return [{ item: item.ref, order: "deprivation", brief: "Find out who owns it, and whether anyone shares it", action: `Find out who owns ${item.label}, and whether anyone else owns or shares it.`, why: WHY }];
      }
      if (ownership === "joint" || ownership === "third-party") {
        const whose = ownership === "joint" ? "who owns it with the defendant" : "who owns it";
        return [
          {
            item: item.ref,
            order: "deprivation",
            brief: ownership === "joint" ? "Identify the co-owner, their interest and what they knew" : "Identify the owner, their interest and what they knew",
            action: `Identify ${whose} (${item.label}), and record what their interest in it is worth and what they knew of its use.`,
            why: WHY,
          },
        ];
      }
      return [];
    });
  },
});
