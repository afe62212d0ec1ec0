import { deprivationCitation } from "../law/lawTable";
import { appliedItems, itemLabel, offencesNamed } from "./support/caseIndex";
import { defineRule, type RuleReport } from "./types";

const CONDITION = "the court must be satisfied that it was used, or intended by the offender to be used, to commit or facilitate an offence";

export default defineRule({
  id: "purpose-condition",
  severity: "error",
  citation: deprivationCitation("purposeCondition"),
  summary: "Each item sought must say how it was used (or intended to be used) for an offence in the case.",
  check({ case: theCase }) {
    return appliedItems(theCase).flatMap(({ value: item, index }): RuleReport[] => {
      const label = itemLabel(theCase, index);
      if (!item.use) {
        return [
          {
            message: `${label} is in the application but the case does not say how it relates to an offence: ${CONDITION}`,
            path: ["property", index],
            hint: "add `use: { route: used-to-commit, offences: [...], evidence: ... }` with the route that fits",
          },
        ];
      }
      if (!item.use.offences || item.use.offences.length === 0) {
        return [
          {
            message: `${label} names no offence it was used for: ${CONDITION}`,
            path: ["property", index, "use"],
            hint: "list the ids of the offences under `use.offences`, e.g. `offences: [O1]`",
          },
        ];
      }
      if (offencesNamed(theCase, item.use.offences).length > 0) return [];
      return [
        {
          message: `none of the offences listed for ${label} is an offence in this case: ${CONDITION}`,
          path: ["property", index, "use", "offences"],
          hint: "use the ids given under `offences`",
        },
      ];
    });
  },
});
