import type { ErrorObject } from "ajv";
import type { CasePath, Finding } from "../diagnostics/types";
import { pointerToPath } from "./pointer";

/** The text `ancillary init` leaves in place of values the user must supply. */
export const PLACEHOLDER_DATE = "YYYY-MM-DD";
const PLACEHOLDER_TEXT = /^REPLACE\b/;

/** True for a value still holding a starter placeholder ("REPLACE: ..." or "YYYY-MM-DD"). */
export function isPlaceholder(value: unknown): value is string {
  return typeof value === "string" && (PLACEHOLDER_TEXT.test(value.trim()) || value.trim() === PLACEHOLDER_DATE);
}

/**
 * Turns one ajv error into plain English with a hint; never ajv's own wording.
 * Reads `error.data` and `error.parentSchema`, so ajv must run with `verbose: true`
 * (without it the messages are still plain English, only less specific).
 */
export function describeSchemaError(error: ErrorObject): Finding {
  const path = pointerToPath(error.instancePath);
  const field = fieldName(path);
  const last = path.length > 0 ? String(path[path.length - 1]) : "";
  const finding = (message: string, hint: string, at: CasePath = path): Finding => ({ ruleId: "schema", severity: "error", message, hint, path: at });
  const params = error.params as Record<string, unknown>;
  const data: unknown = error.data;

  if (isPlaceholder(data) && error.keyword !== "required" && error.keyword !== "additionalProperties") {
    return finding(`${field} still holds a placeholder from \`ancillary init\``, placeholderHint(error, data));
  }

  switch (error.keyword) {
    case "required": {
      const missing = String(params.missingProperty);
      const where = path.length === 0 ? "at the top level of the file" : `under ${field}`;
      return finding(`${field} is missing \`${missing}\``, `add \`${missing}:\` ${where}`);
    }
    case "additionalProperties": {
      const unknown = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {});
      const guess = closest(unknown, known);
      // The key is never quoted: it is text from the case, and text pasted without quotes
      // can become a key ("Pelham said: ..."). The finding points at it instead.
      const named = FIELD_LIKE.test(unknown) ? "" : " (a key that is not a field name: text with a colon and a space becomes a key unless it is quoted)";
      return finding(
        `${field} has an unknown field${named}`,
        guess ? `did you mean \`${guess}\`? Otherwise remove it (\`ancillary schema\` lists every field)` : "check the spelling against `ancillary schema`, or remove it",
        [...path, unknown],
      );
    }
    case "type":
      return describeType(field, last, String(params.type), data, finding);
    case "enum": {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const guess = typeof data === "string" ? closest(data, allowed) : undefined;
      return finding(
        `${field} must be one of: ${allowed.join(", ")}`,
        guess ? `did you mean \`${guess}\`? Use one of the listed words exactly` : "use one of the listed words exactly",
      );
    }
    case "const":
      return finding(`${field} must be ${String(params.allowedValue)}`, `write \`${last || "value"}: ${String(params.allowedValue)}\`, without quotes`);
    case "pattern":
      if (String(params.pattern).includes("\\d{4}")) return finding(`${field} must be a date written YYYY-MM-DD`, "write the year, month and day with dashes, e.g. 2026-09-14");
      // Text's pattern keeps starter placeholders out; a placeholder is caught above, whatever the keyword.
      if (String(params.pattern).includes("REPLACE")) return finding(`${field} still holds a placeholder from \`ancillary init\``, placeholderHint(error, String(data)));
      return finding(`${field} must be a short id: a letter, then letters, digits, - or _`, "e.g. P1 or O2, at most 32 characters");
    case "format":
      return finding(`${field} is not a real calendar date`, "check the day and the month (there is no 30 February)");
    case "minLength":
      return finding(`${field} must not be empty`, "write the text, or leave the field out if it is optional");
    case "maxLength":
      return finding(`${field} is too long (over ${String(params.limit)} characters)`, "shorten it: a case file holds a summary, not the evidence itself");
    case "minItems":
      return finding(
        `${field} must list at least ${String(params.limit)} item${params.limit === 1 ? "" : "s"}`,
        "write each entry on its own line starting with `- `, or as [A, B]",
      );
    case "minimum":
      return finding(`${field} must not be negative`, `write ${String(params.limit)} or more`);
    case "maximum":
      return finding(`${field} is more than ${Number(params.limit).toLocaleString("en-GB")}`, "check the amount: write the value in pounds, e.g. 180");
    case "oneOf":
      return finding(`${field} must be either { on: date } or { from: date, to: date }`, "e.g. `committed: { on: 2026-03-02 }` for one day, or `committed: { from: 2026-03-02, to: 2026-03-04 }`");
    default:
      return finding(`${field} does not fit the case format`, "compare it with `ancillary schema`");
  }
}

function describeType(
  field: string,
  last: string,
  expected: string,
  data: unknown,
  finding: (message: string, hint: string) => Finding,
): Finding {
  const key = last && !/^\d+$/.test(last) ? `\`${last}:\`` : "the `- `";
  if (data === null) {
    // `key:` with nothing after it, or `~` / `null`, which YAML reads as "no value".
    if (expected === "object") return finding(`${field} has no value`, `put its fields under ${key}, indented, or leave it out if it is optional`);
    if (expected === "array") return finding(`${field} has no value`, `list its entries under ${key}, each on its own line starting with \`- \``);
    return finding(`${field} has no value`, `write a value after ${key}, or leave the field out if it is optional (to write the word null, put it in quotes)`);
  }
  switch (expected) {
    case "string":
      if (Array.isArray(data)) return finding(`${field} must be text, not a list`, "if the text starts with [ or - , put it in quotes");
      // A plain mapping, not e.g. the bytes of a !!binary value (checked across realms).
      if (Object.prototype.toString.call(data) === "[object Object]") {
        return finding(`${field} must be text, not a mapping of fields`, "if the text holds a colon followed by a space, put the whole text in quotes");
      }
      if (typeof data === "boolean") {
        return finding(`${field} must be text, not true or false`, "write the text itself, or leave the field out if it is optional (to mean the word, put it in quotes)");
      }
      return finding(`${field} must be text`, "put it in quotes");
    case "number":
      return finding(`${field} must be a number`, "write the number without quotes or a currency sign, e.g. 180");
    case "boolean":
      return finding(`${field} must be true or false`, "write true or false without quotes (yes and no are words, not true or false)");
    case "array":
      return finding(`${field} must be a list`, "write each entry on its own line starting with `- `, or as [A, B]");
    case "object":
      return finding(`${field} must be a mapping of fields, not ${Array.isArray(data) ? "a list" : "a single value"}`, "put its fields on the lines below it, indented");
    default:
      return finding(`${field} has the wrong kind of value`, "compare it with `ancillary schema`");
  }
}

function placeholderHint(error: ErrorObject, data: string): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "enum") return `replace it with one of: ${(params.allowedValues as unknown[]).map(String).join(", ")}`;
  if (error.keyword === "type" && params.type === "number") return "replace it with a number without quotes, e.g. 180";
  if (error.keyword === "type" && params.type === "integer") return "replace it with a whole number without quotes, e.g. 28";
  if (error.keyword === "type" && params.type === "boolean") return "replace it with true or false, without quotes";
  if (data.trim() === PLACEHOLDER_DATE) return "replace it with the real date, e.g. 2026-09-14, or delete the line if the field is optional";
  return "replace the whole text, including the word REPLACE, with the real value, or delete the line if the field is optional";
}

/** What a field name can look like: one word, no spaces or control characters. */
const FIELD_LIKE = /^[A-Za-z_][A-Za-z0-9_-]{0,39}$/;

/** `property[0].value.amount`, or "the case" for the whole file. */
export function fieldName(path: CasePath): string {
  if (path.length === 0) return "the case";
  return path.map((p) => (typeof p === "number" ? `[${p}]` : p)).join(".").replace(/\.\[/g, "[");
}

/** The allowed word nearest to what was written, if it is plausibly a typo. */
function closest(written: string, candidates: ReadonlyArray<string>): string | undefined {
  const lower = written.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.min(2, Math.floor(written.length / 4))) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
