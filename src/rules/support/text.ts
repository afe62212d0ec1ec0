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
