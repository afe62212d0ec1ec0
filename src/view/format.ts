import { longDate, type IsoDate } from "../case/dates";

// Built only for amounts the digits below do not cover: creating an Intl formatter loads ICU's data.
let pounds: Intl.NumberFormat | undefined;

/** "14 September 2026", as courts write dates. */
export function formatDate(date: IsoDate): string {
  return longDate(date);
}

/**
 * "£180.00", "£1,250.50", "-£5.00": as Intl's en-GB pounds, which round the number's
 * shortest decimal form half away from zero (1.005 is "£1.01", though 1.005 is stored
 * a little under it). Amounts written with an exponent, or not finite, go to Intl.
 */
export function formatPounds(amount: number): string {
  const digits = String(Math.abs(amount));
  if (!/^\d+(\.\d+)?$/.test(digits)) {
    pounds ??= new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });
    return pounds.format(amount);
  }
  const [whole, fraction = ""] = digits.split(".");
  let pence = BigInt(whole) * 100n + BigInt(fraction.slice(0, 2).padEnd(2, "0"));
  if (fraction.length > 2 && fraction[2] >= "5") pence += 1n;
  const sign = amount < 0 || Object.is(amount, -0) ? "-" : "";
  const poundsPart = withThousands((pence / 100n).toString());
  return `${sign}£${poundsPart}.${(pence % 100n).toString().padStart(2, "0")}`;
}

/** "1,000", "25,000": digits grouped by threes as en-GB does, without starting Intl (its ICU data costs a run ~10 ms). */
export function withThousands(digits: string | number): string {
  return String(digits).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** "A", "A and B", "A, B and C" */
export function inWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
