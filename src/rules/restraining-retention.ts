import { restrainingCitation } from "../law/lawTable";
import { libraryTerm } from "../case/restrainingTerms";
import { concernsRetention, freeTerms, libraryTerms } from "./support/restrainingTerms";
import { defineRule, type RuleReport } from "./types";

export default defineRule({
  id: "restraining-retention",
  severity: "warning",
  citation: restrainingCitation("prohibits"),
  summary: "No authority has been found on restraining order terms forbidding the defendant to keep images: such a term may be challenged.",
  check({ case: theCase }) {
    const report = (path: RuleReport["path"]): RuleReport => ({
      message: "this term forbids the defendant to keep images; no authority has been found on whether a restraining order may include such a term, so the law is unsettled",
      path,
      hint: "be ready to justify it as a prohibition at the hearing, and consider whether a deprivation order over the devices, or a sexual harm prevention order, reaches the images more surely",
    });
    return [
      ...libraryTerms(theCase).filter(({ term }) => libraryTerm(term).unsettled === "retention").map(({ path }) => report(path)),
      ...freeTerms(theCase).filter(({ term }) => concernsRetention(term.text)).map(({ path }) => report(path)),
    ];
  },
});
