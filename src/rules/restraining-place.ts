import { lawTable } from "../law/lawTable";
import { freeTerms, namesPlace } from "./support/restrainingTerms";
import { defineRule } from "./types";

export default defineRule({
  id: "restraining-place",
  severity: "warning",
  citation: `${lawTable.anonymity.act}, ${lawTable.anonymity.section}`,
  summary: "A term that names a road, street, postcode or zone may reveal where a protected person lives or works, and so who they are.",
  check({ case: theCase }) {
    return freeTerms(theCase).flatMap(({ term, path }) =>
      namesPlace(term.text) && term.placeSafe !== true
        ? [
            {
              message: "this term names a place, which may reveal where a protected person lives or works and so help identify them",
              path,
              hint: "name a wider area, or a place that is not theirs; once you have checked that it reveals nothing about where they live or work, add `placeSafe: true` to the term",
            },
          ]
        : [],
    );
  },
});
