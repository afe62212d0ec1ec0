import { shpoCitation } from "../law/lawTable";
import { defineRule } from "./types";

export default defineRule({
  id: "shpo-listing-unverified",
  severity: "warning",
  citation: shpoCitation("test"),
  summary: "The listing a sexual harm prevention order proposal relies on is the user's statement: the tool warns that it is unverified unless the law table confirms the offence is listed (it confirms none).",
  check({ case: theCase, law }) {
    const applied = theCase.applications?.shpo;
    if (applied === undefined || typeof applied.listing !== "string" || applied.listing.trim() === "") return [];
    const confirmed: ReadonlyArray<string> = law.shpo.listing.confirmedFor;
    const convicted = theCase.offences.filter((o) => o.conviction !== undefined && o.takenIntoConsideration !== true);
    if (convicted.length > 0 && convicted.some((o) => confirmed.includes(o.provision))) return [];
    return [
      {
        message: "the listing relied on for the sexual harm prevention order is unverified: ancillary has not confirmed that any offence in this case is listed in Schedule 3 or 5 to the Sexual Offences Act 2003",
        path: ["applications", "shpo", "listing"],
        hint: "check the listing against the Schedule in force for the offence and the date it was committed before serving the notice; the notice says the listing is the prosecution's",
      },
    ];
  },
});
