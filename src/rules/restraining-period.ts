import { isBefore, isCalendarDate, longDate } from "../case/dates";
import { restrainingCitation } from "../law/lawTable";
import { defineRule } from "./types";

export default defineRule({
  id: "restraining-period",
  severity: "error",
  citation: restrainingCitation("period"),
  summary: "A restraining order runs for a fixed period or until further order: a fixed end must be a real date, not before the hearing.",
  check({ case: theCase }) {
    const until = theCase.applications?.restraining?.until;
    if (until === undefined || until === "further-order") return [];
    const path = ["applications", "restraining", "until"];
    if (!isCalendarDate(until)) {
      return [{ message: "`applications.restraining.until` is not a real date", path, hint: "write the order's last day as YYYY-MM-DD, or `further-order`" }];
    }
    if (!isBefore(until, theCase.hearing.date)) return [];
    return [
      {
        message: `the restraining order would end before the hearing on ${longDate(theCase.hearing.date)} at which it is sought`,
        path,
        hint: "give a last day after the hearing, or `further-order` for an order that lasts until the court orders otherwise",
      },
    ];
  },
});
