import { restrainingCitation } from "../law/lawTable";
import { doublyNegative, freeTerms } from "./support/restrainingTerms";
import { defineRule } from "./types";

export default defineRule({
  id: "restraining-double-negative",
  severity: "error",
  citation: restrainingCitation("prohibits"),
  summary: "Each restraining order term forbids once, as \"not to ...\": a term that adds a second negative (\"prohibited from: not to ...\", \"not to fail to ...\") is unclear or says the opposite of what is meant.",
  check({ case: theCase }) {
    return freeTerms(theCase).flatMap(({ term, path }) =>
      doublyNegative(term.text)
        ? [
            {
              message: "this term puts a second negative on top of the prohibition, so it is a double negative: each term must forbid once, in the form \"not to ...\"",
              path,
              hint: "write it as \"not to\" followed by what the defendant must not do, for example \"not to contact ...\" or \"not to enter ...\"; if the term means he must do something, a restraining order cannot require it",
            },
          ]
        : [],
    );
  },
});
