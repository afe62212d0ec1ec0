import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bankHolidayData, bankHolidays, bankHolidaysCover, businessDaysBefore, isBusinessDay } from "../../src/case/businessDays";

describe("business days in England and Wales", () => {
  it("knows the 2026 bank holidays: Boxing Day falls on a Saturday, so the Monday after is the substitute", () => {
    expect([...bankHolidays(2026)].sort()).toEqual([
      "2026-01-01",
      "2026-04-03",
      "2026-04-06",
      "2026-05-04",
      "2026-05-25",
      "2026-08-31",
      "2026-12-25",
      "2026-12-26",
      "2026-12-28",
    ]);
  });

  it("knows the one-off bank holidays of 2022 and 2023", () => {
    for (const day of ["2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08"]) expect([day, isBusinessDay(day)]).toEqual([day, false]);
    expect(isBusinessDay("2022-05-30")).toBe(true);
  });

  it("counts two business days before a Monday hearing back to the Thursday", () => {
    expect(businessDaysBefore("2026-09-14", 2)).toBe("2026-09-10");
  });

  it("skips a bank holiday Monday and Good Friday: two business days before the Tuesday after Easter is the Wednesday before it", () => {
    expect(businessDaysBefore("2026-04-07", 2)).toBe("2026-04-01");
  });

  it("skips Christmas and the substitute Boxing Day", () => {
    expect(businessDaysBefore("2026-12-29", 2)).toBe("2026-12-23");
  });

  it("is trusted only for the years its data is complete for", () => {
    expect(bankHolidaysCover("2026-09-14")).toBe(true);
    expect(bankHolidaysCover(`${bankHolidayData.lastYear + 1}-01-04`)).toBe(false);
    expect(bankHolidaysCover("2011-04-29")).toBe(false);
  });

  it("is tied to the installed release of its data, so an update makes someone look at the years again", () => {
    const installed = JSON.parse(readFileSync(join(__dirname, "..", "..", "node_modules", "date-holidays", "package.json"), "utf8")) as { version: string };
    expect(installed.version).toBe(bankHolidayData.version);
  });
});
