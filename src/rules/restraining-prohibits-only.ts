import { otherOrderCitation, restrainingCitation } from "../law/lawTable";
import { freeTerms, notAProhibition } from "./support/restrainingTerms";
import { defineRule } from "./types";

const MESSAGES = {
  obligation: "this term requires the defendant to do something, and a restraining order can only forbid conduct",
  act: "this term names an act the defendant would be made to do, such as deleting or handing something over, and a restraining order cannot require it",
  "own-negative": "this term forbids in words of its own instead of starting \"not to\", so it does not read on from the order's words before the terms",
  form: "this term does not start \"not to\", so it would read as something the defendant is ordered to do, and a restraining order can only forbid conduct",
} as const;

export default defineRule({
  id: "restraining-prohibits-only",
  severity: "error",
  citation: restrainingCitation("prohibits"),
  summary: "A restraining order can only forbid: each term is written \"not to ...\", and a term that requires the defendant to do something (delete, hand over, disclose) cannot be in it.",
  check({ case: theCase }) {
    return freeTerms(theCase).flatMap(({ term, path }) => {
      const why = notAProhibition(term.text);
      if (why === undefined) return [];
      return [
        {
          message: MESSAGES[why],
          path,
          hint: `write it as "not to …"; to require an act (for example, to delete images), ask for a sexual harm prevention order, which may require as well as forbid where it is available (${otherOrderCitation("shpo")})`,
        },
      ];
    });
  },
});
