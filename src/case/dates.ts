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

// Built on first use: creating an Intl formatter costs ~25 ms, which `validate` of a clean case never needs.
let longDateFormat: Intl.DateTimeFormat | undefined;

/** "1 December 2020", as courts write dates; text that is not a date comes back as it was. */
export function longDate(date: IsoDate): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  longDateFormat ??= new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return longDateFormat.format(parsed);
}
