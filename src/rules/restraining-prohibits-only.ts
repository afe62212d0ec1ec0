import { otherOrderCitation, restrainingCitation } from "../law/lawTable";
import { freeTerms, requiredAct } from "./support/restrainingTerms";
import { defineRule } from "./types";

export default defineRule({
  id: "restraining-prohibits-only",
  severity: "error",
  citation: restrainingCitation("prohibits"),
  summary: "A restraining order can only forbid: a term that requires the defendant to do something (delete, hand over, disclose) cannot be in it.",
  check({ case: theCase }) {
    return freeTerms(theCase).flatMap(({ term, path }) => {
      const why = requiredAct(term.text);
      if (why === undefined) return [];
      return [
        {
          message:
            why === "obligation"
              ? "this term requires the defendant to do something, and a restraining order can only forbid conduct"
              : "this term names an act the defendant would be made to do, such as deleting or handing something over: after the order's words \"must not\" it would forbid that act instead, and a restraining order cannot require it",
          path,
          hint: `write it as something the defendant must not do; an order that requires an act (for example, to delete images) is a sexual harm prevention order, which may require as well as forbid where it is available (${otherOrderCitation("shpo")})`,
        },
      ];
    });
  },
});
