import { offenceCitation } from "../law/lawTable";
import { offenceLabel } from "./support/caseIndex";
import { listInWords, longDate } from "./support/text";
import { defineRule, type RuleReport } from "./types";

/** Particulars that describe a threat rather than a disclosure. */
const THREAT = /(?<![\p{L}])threat(?:en(?:ed|ing|s)?|s)?(?![\p{L}])/iu;

/** The law-table key for the threat limb of the old disclosure offence. */
const CJCA_DISCLOSURE = "CJCA2015:33";
const CJCA_THREAT = "CJCA2015:33(threat)";

export default defineRule({
  id: "provision-precise",
  severity: "warning",
  citation: "the subsection charged (law table; R v Wright-Hadley [2022] EWCA Crim 446 cites s.67(3))",
  summary: "Each offence should name the exact subsection or limb charged, so documents cite it and its dates are checked.",
  check({ case: theCase, law }) {
    return theCase.offences.flatMap((offence, index): RuleReport[] => {
      const entry = law.offence(offence.provision);
      if (!entry) return [];
      const label = offenceLabel(theCase, index);
      if (entry.subsections !== undefined) {
        return [
          {
            message: `${label} cites ${offenceCitation(entry)} as a whole, which holds several different offences: the documents should cite the subsection charged`,
            path: ["offences", index, "provision"],
            hint: `write the subsection's key instead: ${listInWords(entry.subsections.map((key) => `\`${key}\``))} (\`ancillary validate\` accepts the old key, but the documents cite the whole section)`,
            citation: offenceCitation(entry),
          },
        ];
      }
      if (offence.provision === CJCA_DISCLOSURE && THREAT.test(offence.particulars)) {
        const threat = law.offence(CJCA_THREAT);
        return [
          {
            message: `the particulars of ${label} describe a threat, but its key is the disclosure offence: threats to disclose were added to ${offenceCitation(entry)} later, so their dates are checked separately`,
            path: ["offences", index, "provision"],
            hint: `if the offence is a threat, write \`${CJCA_THREAT}\`${threat?.inForce ? ` (a threat is an offence under it only from ${longDate(threat.inForce)})` : ""}; if it is a disclosure, leave it as it is`,
            citation: offenceCitation(entry),
          },
        ];
      }
      return [];
    });
  },
});
