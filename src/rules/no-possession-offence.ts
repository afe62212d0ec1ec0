import { deprivationCitation } from "../law/lawTable";
import { itemLabel, offencesNamed } from "./support/caseIndex";
import { defineRule, type RuleReport } from "./types";

export default defineRule({
  id: "no-possession-offence",
  severity: "error",
  citation: deprivationCitation("unlawfulPossessionRoute"),
  summary: "The unlawful-possession route needs an offence of unlawful possession; possessing an intimate image is not itself an offence.",
  check({ case: theCase, law }) {
    const predecessor = law.deprivation.unlawfulPossessionRoute.predecessor;
    return theCase.property.flatMap((item, index): RuleReport[] => {
      if (item.use?.route !== "unlawful-possession") return [];
      const possession = offencesNamed(theCase, item.use.offences).some(({ value }) => law.offence(value.provision)?.possessionOffence === true);
      if (possession) return [];
      return [
        {
          message:
            `${itemLabel(theCase, index)} relies on the unlawful-possession route, but none of the offences named for it is an offence of possessing it ` +
            `(under the old power, ${predecessor}, that route needed one); in England and Wales, possessing an intimate image is not itself an offence`,
          path: ["property", index, "use", "route"],
          hint: "rest the application on use instead: `used-to-commit`, `used-to-facilitate` or `intended-for-use`, with the evidence of that use",
        },
      ];
    });
  },
});
