import { restrainingCitation } from "../law/lawTable";
import { defineRule } from "./types";

export default defineRule({
  id: "restraining-necessity",
  severity: "error",
  citation: restrainingCitation("necessity"),
  summary: "A restraining order application must say why the order is necessary to protect the people it names from harassment or from conduct that will cause a fear of violence.",
  check({ case: theCase }) {
    const applied = theCase.applications?.restraining;
    if (applied === undefined || (typeof applied.necessity === "string" && applied.necessity.trim() !== "") || typeof applied.necessity === "number") return [];
    return [
      {
        message: "the restraining order application does not say why the order is necessary, and the court may make it only for that purpose",
        path: ["applications", "restraining"],
        hint: "add `necessity:` with the evidence that the order is needed to protect the people it names from conduct that amounts to harassment or will cause a fear of violence",
      },
    ];
  },
});
