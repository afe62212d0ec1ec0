import { authorityCitation, deprivationCitation } from "../law/lawTable";
import { appliedItems, itemLabel } from "./support/caseIndex";
import { defineRule, type RuleReport } from "./types";

export default defineRule({
  id: "evidence-of-use",
  severity: "warning",
  citation: `${authorityCitation("wrightHadley")}; ${deprivationCitation("purposeCondition")}`,
  summary: "Each device or storage medium sought should come with the evidence that it was used.",
  check({ case: theCase }) {
    return appliedItems(theCase).flatMap(({ value: item, index }): RuleReport[] => {
      if (item.kind !== "device" && item.kind !== "storage-media") return [];
      // An item with no `use` at all is purpose-condition's finding.
      if (!item.use || (item.use.evidence !== undefined && item.use.evidence.trim() !== "")) return [];
      return [
        {
          message:
            `${itemLabel(theCase, index)} is a ${item.kind === "device" ? "device" : "storage medium"} in the application with no evidence that it was used: ` +
            `in ${authorityCitation("wrightHadley")} an order over several devices, only one of them examined, was cut back`,
          path: ["property", index, "use"],
          hint: "add `evidence:` under `use`, saying what the examination found on this item, or take it out of the application",
        },
      ];
    });
  },
});
