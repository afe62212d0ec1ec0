import { isBefore } from "../case/dates";
import { lawTable } from "../law/lawTable";
import { longDate } from "./support/text";
import { defineRule } from "./types";

export default defineRule({
  id: "law-currency",
  severity: "info",
  citation: `${lawTable.deprivation.act}, Part 7, Chapter 4 (as in ancillary's law table)`,
  summary: "A hearing after the law table was last checked may be governed by later amendments.",
  check({ case: theCase, law }) {
    if (!isBefore(law.verified, theCase.hearing.date)) return [];
    return [
      {
        message: `the hearing is on ${longDate(theCase.hearing.date)}, after ${longDate(law.verified)}, when ancillary's law table was last checked: the law may have changed since`,
        path: ["hearing", "date"],
        hint: "check the legislation and guidance for amendments made after that date before relying on the drafts",
      },
    ];
  },
});
