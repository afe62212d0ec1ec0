import { bankHolidayData } from "../../src/case/businessDays";
import { findingsFor, shpoCase, validCase } from "../support/cases";

function heardOn(date: string) {
  const theCase = shpoCase();
  theCase.hearing.date = date;
  return theCase;
}

describe("shpo-holiday-data", () => {
  it("says nothing when the hearing is in a year the bank holiday data covers", () => {
    expect(findingsFor("shpo-holiday-data", shpoCase())).toEqual([]);
  });

  it("warns when the hearing is after the last year the data covers", () => {
    const findings = findingsFor("shpo-holiday-data", heardOn(`${bankHolidayData.lastYear + 1}-01-10`));
    expect(findings).toEqual([expect.objectContaining({ severity: "warning", path: ["hearing", "date"] })]);
    expect(findings[0].message).toContain(`${bankHolidayData.firstYear} to ${bankHolidayData.lastYear}`);
  });

  it("warns when the hearing is before the first year the data covers", () => {
    expect(findingsFor("shpo-holiday-data", heardOn("2011-05-03"))).toHaveLength(1);
  });

  it("says nothing of a case that proposes no such order", () => {
    const theCase = validCase();
    theCase.hearing.date = "2030-01-07";
    expect(findingsFor("shpo-holiday-data", theCase)).toEqual([]);
  });
});
