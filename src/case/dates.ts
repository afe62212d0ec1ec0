/** An ISO calendar date, YYYY-MM-DD, as written in the case file. */
export type IsoDate = string;

/** True for a YYYY-MM-DD string naming a real day (no 31 February). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** ISO dates compare correctly as strings; this names the intent. */
export function isBefore(a: IsoDate, b: IsoDate): boolean {
  return a < b;
}

export function isOnOrAfter(a: IsoDate, b: IsoDate): boolean {
  return a >= b;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

// Built only for a year Intl writes with more than digits (before 1 AD, after 9999): creating an
// Intl formatter loads ICU's data, ~25 ms of a run that drafts one case.
let longDateFormat: Intl.DateTimeFormat | undefined;

/** "1 December 2020", as courts write dates (and as Intl's en-GB long date does); text that is not a date comes back as it was. */
export function longDate(date: IsoDate): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  const year = parsed.getUTCFullYear();
  if (year >= 1 && year <= 9999) return `${parsed.getUTCDate()} ${MONTHS[parsed.getUTCMonth()]} ${year}`;
  longDateFormat ??= new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return longDateFormat.format(parsed);
}
