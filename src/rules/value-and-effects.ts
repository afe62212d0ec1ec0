import { deprivationCitation } from "../law/lawTable";
import { appliedItems, itemLabel } from "./support/caseIndex";
import { defineRule, type RuleReport } from "./types";

export default defineRule({
  id: "value-and-effects",
  severity: "error",
  citation: deprivationCitation("regard"),
  summary: "The application must give each item's value and the likely effects of the order on the offender, which the court must weigh.",
  check({ case: theCase }) {
    const application = theCase.applications?.deprivation;
    if (!application) return [];
    const reports: RuleReport[] = appliedItems(theCase).flatMap(({ value: item, index }): RuleReport[] =>
      item.value
        ? []
        : [
            {
              message: `${itemLabel(theCase, index)} has no value: the court must have regard to the value of the property before making the order`,
              path: ["property", index],
              hint: "add `value: { amount: ..., currency: GBP }`, an honest estimate if there is no valuation",
            },
          ],
    );
    if (!application.effectsOnOffender) {
      reports.push({
        message: "the application does not say what the order would mean for the offender: the court must have regard to its likely financial and other effects on them",
        path: ["applications", "deprivation"],
        hint: "add `effectsOnOffender:`, e.g. what replacing the items would cost them and how the order sits with the rest of the sentence",
      });
    }
    return reports;
  },
});
