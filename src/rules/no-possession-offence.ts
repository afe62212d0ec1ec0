import { lawTable, type LawTable } from "../law/lawTable";
import { itemLabel, offencesNamed } from "./support/caseIndex";
import { defineRule, type RuleReport } from "./types";

/** The authority for the unlawful-possession route, saying so where its subsection is unconfirmed. */
function possessionRouteCitation(law: LawTable): string {
  const route = law.deprivation.unlawfulPossessionRoute;
  const section = route.section as string | null;
  if (section !== null && route.certainty !== "check") return `${law.deprivation.act}, ${section}`;
  return `${law.deprivation.act}, s.153 (the subsection for the unlawful-possession route is unconfirmed: verify; formerly ${route.predecessor})`;
}

export default defineRule({
  id: "no-possession-offence",
  severity: "error",
  citation: possessionRouteCitation(lawTable),
  summary: "The unlawful-possession route needs an offence of unlawful possession; possessing an intimate image is not itself an offence.",
  check({ case: theCase, law }) {
    return theCase.property.flatMap((item, index): RuleReport[] => {
      if (item.use?.route !== "unlawful-possession") return [];
      const possession = offencesNamed(theCase, item.use.offences).some(({ value }) => law.offence(value.provision)?.possessionOffence === true);
      if (possession) return [];
      return [
        {
          message:
            `${itemLabel(theCase, index)} relies on unlawful possession, but none of the offences named for it consists of unlawfully possessing it; ` +
            "in England and Wales, possessing an intimate image is not itself an offence",
          path: ["property", index, "use", "route"],
          hint: "rest the application on use instead: `used-to-commit`, `used-to-facilitate` or `intended-for-use`, with the evidence of that use",
          citation: possessionRouteCitation(law),
        },
      ];
    });
  },
});
