import { authorityCitation, deprivationCitation } from "../law/lawTable";
import { appliedItems, itemLabel } from "./support/caseIndex";
import { defineRule, type RuleReport } from "./types";

export default defineRule({
  id: "property-identified",
  severity: "error",
  citation: `${deprivationCitation("definition")}; ${authorityCitation("wrightHadley")}`,
  summary: "Each item sought must carry an exhibit reference, IMEI or serial number, so the order names exactly what it covers.",
  check({ case: theCase }) {
    return appliedItems(theCase).flatMap(({ value: item, index }): RuleReport[] => {
      const ids = item.identifiers;
      if (ids?.exhibit || ids?.imei || ids?.serial) return [];
      return [
        {
          message: `${itemLabel(theCase, index)} has no exhibit reference, IMEI or serial number, so the order could not say which item it covers`,
          path: ids ? ["property", index, "identifiers"] : ["property", index],
          hint: "add `identifiers: { exhibit: ... }`, with the IMEI or serial number as well where the item has one",
        },
      ];
    });
  },
});
