import { authorityCitation } from "../law/lawTable";
import { appliedItems, itemLabel } from "./support/caseIndex";
import { defineRule, type RuleReport } from "./types";

export default defineRule({
  id: "lawful-material",
  severity: "warning",
  citation: authorityCitation("tan"),
  summary: "An item sought that holds lawful material the offender needs should come with a proposed window to retrieve it.",
  check({ case: theCase }): RuleReport[] {
    const application = theCase.applications?.deprivation;
    if (!application) return [];
    const withMaterial = appliedItems(theCase).filter(({ value }) => value.lawfulMaterial !== undefined);
    if (application.retrieval === undefined) {
      return withMaterial.map(({ index }) => ({
        message:
          `${itemLabel(theCase, index)} holds lawful material the offender needs, and the application proposes no way to retrieve it: ` +
          "the order need not be confined to unlawful material, and the court may allow time for lawful material to be removed first",
        path: ["property", index, "lawfulMaterial"],
        hint: "propose a window under `applications.deprivation.retrieval: { days, arrangement }`, e.g. 28 days for supervised copying by the officer in the case",
      }));
    }
    if (withMaterial.length > 0) return [];
    return [
      {
        message: "the application proposes a retrieval window, but no item in it records `lawfulMaterial`, so the window would apply to nothing",
        path: ["applications", "deprivation", "retrieval"],
        hint: "add `lawfulMaterial:` to each item that holds material the offender needs, or remove `retrieval`",
      },
    ];
  },
});
