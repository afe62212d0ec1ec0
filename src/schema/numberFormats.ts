import type { CasePath, Finding } from "../diagnostics/types";
import type { ParsedYaml } from "../load/parseYaml";
import { fieldName } from "./messages";

/** How a number is written in a case: digits, with a point and more digits for pence. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * Every number in the (schema-shaped) data that is not written as plain digits.
 * YAML's core schema also reads 0x1F, 0o17, 1e3, .inf and +12 as numbers: in a
 * value of property or a number of days, each is more likely a slip than meant,
 * and 1e3 pounds printed as 1,000 would be a surprise in an order. Text fields
 * are not affected: a number written where text is expected keeps its source
 * text (validateSchema), so only the number fields hold numbers here.
 */
export function numbersNotPlain(data: unknown, parsed: Pick<ParsedYaml, "sourceText">): Finding[] {
  const findings: Finding[] = [];
  const visit = (value: unknown, path: CasePath): void => {
    if (typeof value === "number") {
      const source = parsed.sourceText(path);
      // A number reached through an alias or written with a tag has no source text of its own to judge.
      if (source !== undefined && !PLAIN_NUMBER.test(source)) findings.push(describe(path, source));
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (value !== null && typeof value === "object") for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(data, []);
  return findings;
}

function describe(path: CasePath, source: string): Finding {
  const field = fieldName(path);
  const last = path[path.length - 1];
  const example = last === "amount" ? "write the amount in pounds as plain digits, e.g. 180 or 180.50" : last === "days" ? "write the number of days as plain digits, e.g. 28" : "write it as plain digits, e.g. 1";
  return { ruleId: "schema", severity: "error", message: `${field} is written ${howWritten(source)}, not as plain digits`, hint: example, path };
}

/** What is unusual about a number as written, without quoting it. */
function howWritten(source: string): string {
  const text = source.replace(/^[-+]/, "").toLowerCase();
  if (text.startsWith("0x")) return "in hexadecimal";
  if (text.startsWith("0o")) return "in octal";
  if (text.includes("inf") || text.includes("nan")) return "as infinity or not-a-number";
  if (text.includes("e")) return "with an exponent";
  if (source.startsWith("+")) return "with a plus sign";
  return "with a point but no digits on one side of it";
}
