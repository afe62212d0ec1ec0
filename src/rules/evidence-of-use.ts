import { authorityCitation, deprivationCitation } from "../law/lawTable";
import { appliedItems, itemLabel } from "./support/caseIndex";
import { defineRule, type RuleReport } from "./types";

export default defineRule({
  id: "evidence-of-use",
  severity: "error",
  citation: `${authorityCitation("wrightHadley")}; ${deprivationCitation("purposeCondition")}`,
  summary: "Each item sought, of whatever kind, must come with the evidence that it was used (or intended for use) for an offence.",
  check({ case: theCase }) {
    return appliedItems(theCase).flatMap(({ value: item, index }): RuleReport[] => {
      // An item with no `use` at all is purpose-condition's finding.
      if (!item.use || (item.use.evidence !== undefined && item.use.evidence.trim() !== "")) return [];
      return [
        {
          message:
            `${itemLabel(theCase, index)} is in the application with no evidence that it was used, or intended for use, for an offence: ` +
            `the prosecution must prove that for each item to the criminal standard, and an order over devices no one had examined was set aside as to them`,
          path: ["property", index, "use"],
          hint: "add `evidence:` under `use`, saying what shows that this item was used (what its examination found, or what witnesses saw), or take it out of the application",
        },
      ];
    });
  },
});
