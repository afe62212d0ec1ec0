import { restrainingCitation } from "../law/lawTable";
import { freeTerms, opensWithNegation } from "./support/restrainingTerms";
import { defineRule } from "./types";

export default defineRule({
  id: "restraining-double-negative",
  severity: "error",
  citation: restrainingCitation("prohibits"),
  summary: "A restraining order lists its terms after \"must not\", so a term that itself starts with \"not\" says the opposite of what is meant.",
  check({ case: theCase }) {
    return freeTerms(theCase).flatMap(({ term, path }) =>
      opensWithNegation(term.text)
        ? [
            {
              message: "this term starts with a negative, and the order lists its terms after the words \"must not\", so it would read as a double negative",
              path,
              hint: "drop the opening \"not\" (or \"not to\", \"must not\"): write what the defendant must not do, starting with the verb, for example \"contact ...\" or \"enter ...\"",
            },
          ]
        : [],
    );
  },
});
