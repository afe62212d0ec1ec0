import { offencePeriod, type Offence } from "../case/types";
import { isBefore, isOnOrAfter, type IsoDate } from "../case/dates";
import { deprivationCitation, lawTable } from "../law/lawTable";
import { itemLabel, offenceLabel, offencesNamed } from "./support/caseIndex";
import { longDate } from "./support/text";
import { defineRule, type RuleReport } from "./types";

const availability = deprivationCitation("availability");
const propertyCondition = deprivationCitation("propertyCondition");

/** An offence whose period is written back to front: its other dates cannot be compared. */
function backwards(offence: Offence): boolean {
  return "from" in offence.committed && isBefore(offence.committed.to, offence.committed.from);
}

function earliestStart(offences: ReadonlyArray<Offence>): IsoDate | undefined {
  return offences.map((o) => offencePeriod(o.committed).start).sort()[0];
}

export default defineRule({
  id: "dates-consistent",
  severity: "error",
  citation: `${lawTable.deprivation.act}, s.153`,
  summary: "The dates must run in a possible order: birth, offence, seizure, conviction, hearing.",
  check({ case: theCase }) {
    const reports: RuleReport[] = [];
    theCase.offences.forEach((offence, index) => {
      const label = offenceLabel(theCase, index);
      if (backwards(offence)) {
        reports.push({
          message: `the period charged for ${label} ends before it begins`,
          path: ["offences", index, "committed", "to"],
          hint: "swap `from` and `to`, or correct whichever is wrong",
        });
        return;
      }
      const { start, end } = offencePeriod(offence.committed);
      const conviction = offence.conviction?.date;
      if (conviction !== undefined && isBefore(conviction, end)) {
        reports.push({
          message: isBefore(conviction, start)
            ? `the conviction for ${label} is dated before the offence began`
            : `the conviction for ${label} is dated before the end of the period charged`,
          path: ["offences", index, "conviction", "date"],
          hint: "correct the conviction date or the dates of the offence",
          citation: availability,
        });
      }
    });

    const convictions = theCase.offences
      .map((offence, index) => ({ date: offence.conviction?.date, index }))
      .filter((c): c is { date: IsoDate; index: number } => c.date !== undefined)
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    const latest = convictions[0];
    if (latest && isBefore(theCase.hearing.date, latest.date)) {
      reports.push({
        message: `the sentencing hearing is dated before the conviction for ${offenceLabel(theCase, latest.index)}, on ${longDate(latest.date)}`,
        path: ["hearing", "date"],
        hint: "correct the hearing date or the conviction date: the order is sought at sentence, after conviction",
        citation: availability,
      });
    }

    theCase.property.forEach((item, index) => {
      const seized = item.seizure?.date;
      if (seized === undefined) return;
      const linked = offencesNamed(theCase, item.use?.offences).map((o) => o.value);
      const relevant = (linked.length > 0 ? linked : theCase.offences).filter((o) => !backwards(o));
      const first = earliestStart(relevant);
      if (first !== undefined && isBefore(seized, first)) {
        reports.push({
          message: `${itemLabel(theCase, index)} is dated as seized (or the arrest or summons as made) on ${longDate(seized)}, ${linked.length > 0 ? "before any offence it is said to have been used for began" : "before any offence in the case began"}`,
          path: ["property", index, "seizure", "date"],
          hint: "correct the seizure date or the dates of the offence",
          citation: propertyCondition,
        });
      }
    });

    const birth = theCase.defendant.dateOfBirth;
    const firstOffence = earliestStart(theCase.offences.filter((o) => !backwards(o)));
    if (birth !== undefined && firstOffence !== undefined && isOnOrAfter(birth, firstOffence)) {
      reports.push({
        message: "the defendant's date of birth is not before the earliest offence",
        path: ["defendant", "dateOfBirth"],
        hint: "correct the date of birth (YYYY-MM-DD) or the offence dates",
      });
    }

    if (isBefore(theCase.hearing.date, theCase.prosecutor.date)) {
      reports.push({
        message: `the application is dated ${longDate(theCase.prosecutor.date)}, after the hearing it is prepared for`,
        path: ["prosecutor", "date"],
        hint: "date the application on or before the hearing, unless the hearing date is the one that is wrong",
        severity: "warning",
      });
    }
    return reports;
  },
});
