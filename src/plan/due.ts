import type { IsoDate } from "../case/dates";

/**
 * The weekday `days` weekdays before `date` (Saturdays and Sundays skipped;
 * bank holidays are not known here, so a date that falls after one is a day
 * late, which the action says).
 */
export function weekdaysBefore(date: IsoDate, days: number): IsoDate {
  const day = new Date(`${date}T00:00:00Z`);
  let left = days;
  while (left > 0) {
    day.setUTCDate(day.getUTCDate() - 1);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return day.toISOString().slice(0, 10);
}
