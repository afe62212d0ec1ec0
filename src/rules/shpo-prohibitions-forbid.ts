import { shpoCitation } from "../law/lawTable";
import { doublyNegative, notAProhibition } from "./support/restrainingTerms";
import { freeShpoTerms } from "./support/shpoTerms";
import { defineRule } from "./types";

const MESSAGES = {
  obligation: "this prohibition is written as a requirement: it says what the defendant must do, so it belongs among the requirements",
  act: "this prohibition names an act the defendant would be made to do, so it is a requirement and belongs among the requirements",
  "own-negative": "this prohibition forbids in words of its own instead of starting \"not to\", so it does not read on from the order's words before the prohibitions",
  form: "this prohibition does not start \"not to\", so it would be read as something the defendant must do",
  "double-negative": "this prohibition puts a second negative on top of \"not to\", so it is a double negative: it would forbid not doing something, which is a requirement",
} as const;

export default defineRule({
  id: "shpo-prohibitions-forbid",
  severity: "error",
  citation: shpoCitation("mayRequire"),
  summary: "Each prohibition of a sexual harm prevention order is written \"not to ...\", forbidding once: a requirement written among the prohibitions (\"must ...\", \"to tell ...\", \"not to fail to ...\") would be read as something forbidden, or not at all.",
  check({ case: theCase }) {
    return freeShpoTerms(theCase, "prohibitions").flatMap(({ term, path }) => {
      const why = doublyNegative(term.text) ? "double-negative" : notAProhibition(term.text);
      if (why === undefined) return [];
      return [
        {
          message: MESSAGES[why],
          path,
          hint: why === "own-negative" ? "write it as \"not to …\"" : "move it to `requirements:` as \"to …\", or write what the defendant must not do as \"not to …\"",
        },
      ];
    });
  },
});
