import { authorityCitation, deprivationCitation } from "../law/lawTable";
import { appliedItems, itemLabel } from "./support/caseIndex";
import { defineRule, type RuleReport } from "./types";

const CONDITION =
  "the order needs property lawfully seized from the offender, or in their possession or control when they were apprehended for the offence or when a summons for it was issued";

export default defineRule({
  id: "property-condition",
  severity: "error",
  citation: deprivationCitation("propertyCondition"),
  summary: "Each item sought must have been lawfully seized from the offender, or in their possession or control at apprehension or summons.",
  check({ case: theCase, law }) {
    return appliedItems(theCase).flatMap(({ value: item, index }): RuleReport[] => {
      const label = itemLabel(theCase, index);
      if (!item.seizure) {
        return [
          {
            message: `${label} is in the application, but the case does not say how it came to the police: ${CONDITION}`,
            path: ["property", index],
            hint: "add `seizure: { route: ... }` with `seized-from-offender`, `possessed-at-apprehension` or `possessed-at-summons`",
          },
        ];
      }
      if (item.seizure.route === "possessed-at-requisition") {
        const requisition = law.deprivation.requisition;
        return [
          {
            message:
              `${label} rests on the offender having it when a written charge and requisition were issued: the condition speaks of a summons, ` +
              "and whether a requisition counts as one for this purpose is unconfirmed",
            path: ["property", index, "seizure", "route"],
            hint: `if the item was seized from the offender, rely on lawful seizure instead (\`seized-from-offender\`, ${deprivationCitation("lawfulSeizure")}); otherwise be ready to argue the point, which the application puts to the court`,
            citation: `${deprivationCitation("propertyCondition")}; ${requisition.act}, ${requisition.section}`,
            severity: "warning",
          },
        ];
      }
      if (item.seizure.route !== "not-seized") return [];
      return [
        {
          message: `${label} is in the application but marked \`not-seized\`: ${CONDITION}`,
          path: ["property", index, "seizure", "route"],
          hint:
            `if the offender had it in their possession or control when arrested or summonsed, say so with \`possessed-at-apprehension\` or \`possessed-at-summons\` ` +
            `(it need not have been seized on arrest: ${authorityCitation("hall")}); otherwise take it out of the application`,
        },
      ];
    });
  },
});
