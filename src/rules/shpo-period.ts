import { isBefore, isCalendarDate, longDate } from "../case/dates";
import { shpoCitation } from "../law/lawTable";
import { defineRule } from "./types";

/** The same day `years` later; 29 February goes to 1 March when the later year has none, so the period is never short. */
export function yearsAfter(date: string, years: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const later = new Date(Date.UTC(y + years, m - 1, d));
  return later.toISOString().slice(0, 10);
}

export default defineRule({
  id: "shpo-period",
  severity: "error",
  citation: shpoCitation("power"),
  summary: "A sexual harm prevention order lasts at least five years or until further order: a fixed last day must be a real date no earlier than five years after the hearing.",
  check({ case: theCase, law }) {
    const until = theCase.applications?.shpo?.until;
    if (until === undefined || until === "further-order") return [];
    const path = ["applications", "shpo", "until"];
    if (!isCalendarDate(until)) {
      return [{ message: "`applications.shpo.until` is not a real date", path, hint: "write the order's last day as YYYY-MM-DD, or `further-order`" }];
    }
    const years = law.shpo.period.minimumYears;
    const earliest = yearsAfter(theCase.hearing.date, years);
    if (!isBefore(until, earliest)) return [];
    return [
      {
        message: `a sexual harm prevention order for a fixed period must last at least ${years} years, and this one would end before ${longDate(earliest)}, ${years} years after the hearing`,
        path,
        hint: `give a last day on or after ${longDate(earliest)}, or \`further-order\``,
      },
    ];
  },
});
