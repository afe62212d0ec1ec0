import { restrainingCitation } from "../law/lawTable";
import { defineRule, type RuleReport } from "./types";

export default defineRule({
  id: "restraining-protects",
  severity: "error",
  citation: restrainingCitation("necessity"),
  summary: "Each person a restraining order protects must be a complainant in the case, so the documents can name them by cipher.",
  check({ case: theCase }) {
    const ids = new Set((theCase.complainants ?? []).map((c) => c.id));
    const seen = new Set<string>();
    return (theCase.applications?.restraining?.protects ?? []).flatMap((id, k): RuleReport[] => {
      const path = ["applications", "restraining", "protects", k];
      if (!ids.has(id)) {
        return [
          {
            message: "the restraining order application protects someone who is not in `complainants`",
            path,
            hint: "use the id of a complainant under `complainants`, or add them there with a cipher, so the order can name them without identifying them",
          },
        ];
      }
      if (seen.has(id)) return [{ message: "the restraining order application names the same person twice", path, hint: "list each person once", severity: "warning" }];
      seen.add(id);
      return [];
    });
  },
});
