import { shpoLibraryTerm } from "../case/shpoTerms";
import { lawTable } from "../law/lawTable";
import { libraryShpoTerms } from "./support/shpoTerms";
import { defineRule } from "./types";

const ABOUT = { cloud: "online (cloud) storage", encryption: "encryption" } as const;

export default defineRule({
  id: "shpo-unsettled-terms",
  severity: "warning",
  citation: lawTable.shpo.internetTerms.citation,
  summary: "A sexual harm prevention order term about online storage or encryption is warned of: the Court of Appeal considered such terms in Morgan, and what it held on them is unconfirmed.",
  check({ case: theCase }) {
    return libraryShpoTerms(theCase).flatMap(({ term, path }) => {
      const unsettled = shpoLibraryTerm(term).unsettled;
      if (unsettled === undefined) return [];
      return [
        {
          message: `this term is about ${ABOUT[unsettled]}, and what the Court of Appeal held on such terms in Morgan is unconfirmed`,
          path,
          hint: "read the judgment before relying on the term, and be ready to show the court that it is necessary and goes no further than needed",
        },
      ];
    });
  },
});
