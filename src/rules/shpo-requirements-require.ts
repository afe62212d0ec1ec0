import { shpoCitation } from "../law/lawTable";
import { opensWithNegative } from "./support/restrainingTerms";
import { freeShpoTerms } from "./support/shpoTerms";
import { defineRule } from "./types";

export default defineRule({
  id: "shpo-requirements-require",
  severity: "error",
  citation: shpoCitation("mayRequire"),
  summary: "Each requirement of a sexual harm prevention order is something the defendant must do, written \"to ...\": a prohibition written among the requirements would be read as the opposite of what is meant.",
  check({ case: theCase }) {
    return freeShpoTerms(theCase, "requirements").flatMap(({ term, path }) => {
      const text = String(term.text).trim().toLowerCase();
      if (opensWithNegative(text)) {
        return [
          {
            message: "this requirement is written as a prohibition: it forbids instead of saying what the defendant must do, so it belongs among the prohibitions",
            path,
            hint: "move it to `prohibitions:` as \"not to …\", or write what the defendant must do as \"to …\"",
          },
        ];
      }
      if (/^to\s+\S/.test(text)) return [];
      return [
        {
          message: "this requirement does not start \"to\", so it does not read on from the order's words before the requirements (\"the court orders the defendant:\")",
          path,
          hint: "write it as \"to\" followed by what the defendant must do, for example \"to tell the police of …\"",
        },
      ];
    });
  },
});
