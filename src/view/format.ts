import { longDate, type IsoDate } from "../case/dates";

let pounds: Intl.NumberFormat | undefined;

/** "14 September 2026", as courts write dates. */
export function formatDate(date: IsoDate): string {
  return longDate(date);
}

/** "£180.00" */
export function formatPounds(amount: number): string {
  pounds ??= new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });
  return pounds.format(amount);
}

/** "A", "A and B", "A, B and C" */
export function inWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
