import { shpoCitation } from "../law/lawTable";
import { defineRule } from "./types";

export default defineRule({
  id: "shpo-listing",
  severity: "error",
  citation: shpoCitation("test"),
  summary: "A sexual harm prevention order proposal must state the listing in Schedule 3 or 5 to the Sexual Offences Act 2003 that it relies on: the tool never decides whether an offence is listed.",
  check({ case: theCase }) {
    const applied = theCase.applications?.shpo;
    if (applied === undefined || (typeof applied.listing === "string" && applied.listing.trim() !== "")) return [];
    return [
      {
        message: "the sexual harm prevention order proposal does not say which listing in Schedule 3 or 5 to the Sexual Offences Act 2003 it relies on, and the order is available only for a listed offence",
        path: ["applications", "shpo"],
        hint: "add `listing:` naming the Schedule and paragraph relied on, checked against the Schedule in force for the offence and its date",
      },
    ];
  },
});
