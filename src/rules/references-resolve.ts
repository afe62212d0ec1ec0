import type { Case } from "../case/types";
import type { CasePath } from "../diagnostics/types";
import { deprivationCitation, lawTable } from "../law/lawTable";
import { defineRule, type RuleReport } from "./types";

const definition = deprivationCitation("definition");
const purpose = deprivationCitation("purposeCondition");
const anonymity = lawTable.anonymity.act;

function duplicates(theCase: Case, list: "property" | "offences" | "complainants", noun: string, citation: string): RuleReport[] {
  const seen = new Set<string>();
  return (theCase[list] ?? []).flatMap((entry, index): RuleReport[] => {
    if (!seen.has(entry.id)) {
      seen.add(entry.id);
      return [];
    }
    return [
      {
        message: `this ${noun} has the same id as an earlier one, so references to that id are ambiguous`,
        path: [list, index, "id"],
        hint: `give each ${noun} its own id`,
        citation,
      },
    ];
  });
}

export default defineRule({
  id: "references-resolve",
  severity: "error",
  citation: `${lawTable.deprivation.act}, ${lawTable.deprivation.definition.section} and ${lawTable.deprivation.purposeCondition.section}`,
  summary: "Every id the case refers to (property applied for, offences used for, complainants) must exist, and ids must be unique.",
  check({ case: theCase }) {
    const reports: RuleReport[] = [
      ...duplicates(theCase, "offences", "offence", purpose),
      ...duplicates(theCase, "property", "property item", definition),
      ...duplicates(theCase, "complainants", "complainant", anonymity),
    ];
    const propertyIds = new Set(theCase.property.map((p) => p.id));
    const offenceIds = new Set(theCase.offences.map((o) => o.id));
    const complainantIds = new Set((theCase.complainants ?? []).map((c) => c.id));

    const listed = new Set<string>();
    (theCase.applications?.deprivation?.property ?? []).forEach((id, k) => {
      const path: CasePath = ["applications", "deprivation", "property", k];
      if (!propertyIds.has(id)) {
        reports.push({
          message: `the deprivation application lists an item that is not in \`property\``,
          path,
          hint: "use the id of an item under `property`, or add the item there",
          citation: definition,
        });
      } else if (listed.has(id)) {
        reports.push({ message: "the deprivation application lists the same item twice", path, hint: "list each item once", citation: definition, severity: "warning" });
      }
      listed.add(id);
    });

    theCase.property.forEach((item, i) => {
      (item.use?.offences ?? []).forEach((id, k) => {
        if (offenceIds.has(id)) return;
        reports.push({
          message: `the use of this property item names an offence that is not in \`offences\``,
          path: ["property", i, "use", "offences", k],
          hint: "use the id of an offence under `offences`",
          citation: purpose,
        });
      });
    });

    theCase.offences.forEach((offence, i) => {
      if (offence.complainant === undefined || complainantIds.has(offence.complainant)) return;
      reports.push({
        message: `this offence names a complainant who is not in \`complainants\``,
        path: ["offences", i, "complainant"],
        hint: "use the id of a complainant under `complainants`, or add them there with a cipher",
        citation: anonymity,
      });
    });
    return reports;
  },
});
