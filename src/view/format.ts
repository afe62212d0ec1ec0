import type { IsoDate } from "../case/dates";

const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const pounds = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });

/** "14 September 2026", as courts write dates. */
export function formatDate(date: IsoDate): string {
  return longDate.format(new Date(`${date}T00:00:00Z`));
}

/** "£180.00" */
export function formatPounds(amount: number): string {
  return pounds.format(amount);
}
