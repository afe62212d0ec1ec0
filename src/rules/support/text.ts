import type { CasePath } from "../../diagnostics/types";

/** Dates in messages read as courts write them. */
export { longDate } from "../../case/dates";

/** `offences[0].particulars`: how messages name a field (the same style as schema messages). */
export function fieldName(path: CasePath): string {
  if (path.length === 0) return "the case";
  return path.map((part) => (typeof part === "number" ? `[${part}]` : `.${part}`)).join("").replace(/^\./, "");
}

/** "a, b and c" */
export function listInWords(items: ReadonlyArray<string>): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** How many entries a message lists before "and N more": a message stays one line however large the case. */
export const MAX_LISTED = 5;

/** "a, b, c, d, e and 7 more": the first few items, in words. */
export function listFirstFew(items: ReadonlyArray<string>, limit: number = MAX_LISTED): string {
  if (items.length <= limit) return listInWords(items);
  return `${items.slice(0, limit).join(", ")} and ${(items.length - limit).toLocaleString("en-GB")} more`;
}
