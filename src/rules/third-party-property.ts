import { deprivationCitation, lawTable } from "../law/lawTable";
import { appliedItems, itemLabel } from "./support/caseIndex";
import { defineRule, type RuleReport } from "./types";

const claims = lawTable.deprivation.thirdPartyClaims;

export default defineRule({
  id: "third-party-property",
  severity: "warning",
  citation: `${deprivationCitation("definition")}; ${claims.act}`,
  summary: "Property owned jointly or by someone else (or by nobody known) needs that interest put before the court.",
  check({ case: theCase, law }) {
    const { act, periodMonths } = law.deprivation.thirdPartyClaims;
    const afterwards = `the order takes away only the offender's rights, and another person claiming the item may apply under the ${act} within ${periodMonths} months of the order`;
    return appliedItems(theCase).flatMap(({ value: item, index }): RuleReport[] => {
      const label = itemLabel(theCase, index);
      const path = ["property", index, "ownership"];
      switch (item.ownership) {
        case "joint":
          return [{ message: `${label} is owned jointly with someone else: ${afterwards}`, path, hint: "tell the court who the other owner is and what they say, so it can weigh their interest before it decides" }];
        case "third-party":
          return [{ message: `${label} belongs to someone other than the offender: ${afterwards}`, path, hint: "tell the court who owns it and what they say, or take it out of the application" }];
        case "unknown":
          return [
            {
              message: `who owns ${label} is not known: ${afterwards}`,
              path,
              hint: "find out who owns it before the hearing, and say so in the case",
              severity: "info",
            },
          ];
        default:
          return [];
      }
    });
  },
});
