import { deprivationCitation } from "../../law/lawTable";
import { itemsAnOrderCouldTake } from "../items";
import { defineAction, type ActionReport } from "../types";

export default defineAction({
  id: "seize-or-record-possession",
  citation: deprivationCitation("propertyCondition"),
  certainty: "statute",
  summary: "An item an order could take that was not seized, or is held only through a requisition: seize it, or record that the defendant had it when arrested or summonsed.",
  check({ case: theCase, law }) {
    return itemsAnOrderCouldTake(theCase).flatMap((item): ActionReport[] => {
      const route = item.value.seizure?.route;
      if (route === undefined || route === "not-seized") {
        return [
          {
            item: item.ref,
            order: "deprivation",
            brief: "Seize it, or record that the defendant had it when arrested or summonsed",
            action:
              `Seize ${item.label}, or record in a statement that it was in the defendant's possession or under their control ` +
              `when they were arrested for the offence or when a summons for it was issued.`,
            why:
              `A deprivation order can take only property that was lawfully seized from the offender, or was in their possession or under their control ` +
              `when they were apprehended for the offence or when a summons for it was issued; the case records neither for this item.`,
          },
        ];
      }
      if (route === "possessed-at-requisition") {
        const { requisition } = law.deprivation;
        return [
          {
            item: item.ref,
            order: "deprivation",
            brief: "Seize it, or record that the defendant had it when arrested: a requisition may not count",
            action: `Seize ${item.label}, or record that the defendant had it in their possession or under their control when arrested for the offence.`,
            why:
              `The case relies on the defendant holding it when a written charge and requisition were issued (${requisition.act}, ${requisition.section}); ` +
              `whether that counts as holding it when a summons was issued is not confirmed (check), so a surer route is needed.`,
            citation: `${deprivationCitation("propertyCondition")}; ${requisition.act}, ${requisition.section}`,
            certainty: "check",
          },
        ];
      }
      return [];
    });
  },
});
