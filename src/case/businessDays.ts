import type { IsoDate } from "./dates";

/**
 * Business days in England and Wales: Monday to Friday, less the bank
 * holidays of England and Wales. The holidays come from the date-holidays
 * package (region GB-ENG; Wales keeps the same days), whose rules and one-off
 * days ship inside the package, so nothing is fetched when a case is drafted.
 *
 * Its rules hold for any year, but a one-off bank holiday is there only once
 * the package has added it: the 2011 royal wedding is missing, and a day
 * announced after the installed release cannot be there. So the years it is
 * trusted for are bounded, and tied to the installed version
 * (test/case/businessDays.test.ts fails when the package is updated, so the
 * range is looked at again).
 */
export const bankHolidayData = {
  package: "date-holidays",
  version: "3.37.0",
  /** The first year after the last one-off bank holiday the package lacks (29 April 2011). */
  firstYear: 2012,
  /** The last year whose one-off bank holidays had been announced when the installed release was published (September 2026). */
  lastYear: 2027,
} as const;

/** Whether the bank holiday data is trusted for the year of a date. */
export function bankHolidaysCover(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  return year >= bankHolidayData.firstYear && year <= bankHolidayData.lastYear;
}

type HolidaysApi = { getHolidays(year: number): Array<{ date: string; type: string }> };

let holidays: HolidaysApi | undefined;
const byYear = new Map<number, Set<IsoDate>>();

/** The bank holidays of England and Wales in a year, as YYYY-MM-DD. Loaded on first use: the package's data is large, and only drafting needs it. */
export function bankHolidays(year: number): Set<IsoDate> {
  let days = byYear.get(year);
  if (days === undefined) {
    if (holidays === undefined) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const Holidays = require("date-holidays") as new (country: string, state: string) => HolidaysApi;
      holidays = new Holidays("GB", "ENG");
    }
    days = new Set(holidays.getHolidays(year).filter((h) => h.type === "public").map((h) => h.date.slice(0, 10)));
    byYear.set(year, days);
  }
  return days;
}

function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whether a day is a business day in England and Wales: not a Saturday, Sunday or (unless told not to look) bank holiday. */
export function isBusinessDay(date: IsoDate, options: { bankHolidays?: boolean } = {}): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return options.bankHolidays === false || !bankHolidays(Number(date.slice(0, 4))).has(date);
}

/** The business day that is `count` business days before `date` (the day itself not counted): 2 before Monday 14 September 2026 is Thursday 10 September. */
export function businessDaysBefore(date: IsoDate, count: number, options: { bankHolidays?: boolean } = {}): IsoDate {
  let day = date;
  for (let found = 0; found < count; ) {
    day = addDays(day, -1);
    if (isBusinessDay(day, options)) found++;
  }
  return day;
}
