import { offencePeriod } from "../case/types";
import { isBefore, isOnOrAfter } from "../case/dates";
import { offenceCitation, type LawTable, type OffenceEntry } from "../law/lawTable";
import { offenceLabel } from "./support/caseIndex";
import { byCloseness } from "./support/nearest";
import { listFirstFew, listInWords, longDate, MAX_LISTED } from "./support/text";
import { defineRule, type RuleReport } from "./types";

const UNCONFIRMED = " (the law table's entry for this provision is unconfirmed: verify)";

/** Other entries that begin the day this one ends, or end the day this one begins: the law in force on the other side of the date. */
function neighbours(law: LawTable, matches: (other: OffenceEntry) => boolean): string[] {
  return law
    .offenceKeys()
    .map((key) => law.offence(key))
    .filter((other): other is OffenceEntry => other !== undefined && matches(other))
    .map((other) => `\`${other.key}\``);
}

export default defineRule({
  id: "offence-in-force",
  severity: "error",
  citation: "the commencement and repeal of the provision charged (law table)",
  summary: "Each offence must be a provision the law table knows, committed while that provision was in force.",
  check({ case: theCase, law }) {
    return theCase.offences.flatMap((offence, index): RuleReport[] => {
      const label = offenceLabel(theCase, index);
      const entry = law.offence(offence.provision);
      if (!entry) {
        const keys = byCloseness(offence.provision, law.offenceKeys());
        const nearestKeys = listFirstFew(keys.map((k) => `\`${k}\``));
        return [
          {
            message:
              `the provision of ${label} is not a key of the law table, so ancillary cannot check it; ` +
              (keys.length > MAX_LISTED ? `the nearest known keys are ${nearestKeys} (\`ancillary explain offence-in-force\` lists them all)` : `the known keys are ${nearestKeys}`),
            path: ["offences", index, "provision"],
            hint: `did you mean \`${keys[0]}\`? Write the key exactly as listed`,
          },
        ];
      }
      const citation = offenceCitation(entry);
      const caveat = entry.certainty === "check" ? UNCONFIRMED : "";
      const { start, end } = offencePeriod(offence.committed);
      const single = "on" in offence.committed;
      const reports: RuleReport[] = [];
      if (entry.inForce !== null && isBefore(start, entry.inForce)) {
        const inForce = entry.inForce;
        const straddles = !single && isOnOrAfter(end, inForce);
        const earlier = neighbours(law, (other) => other.repealed === inForce && other.intimateImage === entry.intimateImage);
        reports.push({
          message:
            (straddles
              ? `part of the period charged for ${label} falls before ${longDate(inForce)}, when ${citation} came into force`
              : `${label} is dated before ${longDate(inForce)}, when ${citation} came into force`) +
            `: nobody can commit an offence under a provision before it is in force${caveat}`,
          path: ["offences", index, "committed", single ? "on" : "from"],
          hint:
            (straddles ? `split the charge at ${longDate(inForce)}: ` : "check the dates; ") +
            (earlier.length > 0
              ? `conduct before that date may be charged under ${listInWords(earlier)}`
              : "conduct before that date must be charged under the law then in force"),
          citation,
        });
      }
      if (entry.repealed !== null && isOnOrAfter(end, entry.repealed)) {
        const repealed = entry.repealed;
        const straddles = !single && isBefore(start, repealed);
        const later = neighbours(law, (other) => other.inForce === repealed && other.intimateImage === entry.intimateImage);
        reports.push({
          message:
            (straddles
              ? `part of the period charged for ${label} falls on or after ${longDate(repealed)}, when ${citation} was repealed`
              : `${label} is dated on or after ${longDate(repealed)}, when ${citation} was repealed`) +
            `: it can be charged only for conduct before that date${caveat}`,
          path: ["offences", index, "committed", single ? "on" : "to"],
          hint:
            (straddles ? `split the charge at ${longDate(repealed)}: ` : "check the dates; ") +
            (later.length > 0
              ? `provisions in force from that date include ${listInWords(later)}, according to the facts`
              : "conduct from that date must be charged under the law then in force"),
          citation,
        });
      }
      const repeal = entry.mayBeRepealed;
      if (repeal !== undefined && isOnOrAfter(end, repeal.from)) {
        const taking = neighbours(law, (other) => other.inForce === repeal.from && other.intimateImage);
        reports.push({
          message:
            `${label} is dated on or after ${longDate(repeal.from)}, and ${citation} was planned to be repealed to make way for the offences of taking or recording intimate images: ` +
            "whether it has been repealed, and from when, is unconfirmed",
          path: ["offences", index, "committed", single ? "on" : "to"],
          hint:
            "check that the provision was still in force on the date of the conduct" +
            (taking.length > 0 ? `; if it was not, conduct from that date may fall under ${listInWords(taking)}` : ""),
          citation,
          severity: "warning",
        });
      }
      return reports;
    });
  },
});
