import type { ErrorObject } from "ajv";
import type { Finding } from "../diagnostics/types";
import { pointerToPath } from "./validateSchema";

/** Turns one ajv error into plain English with a hint; never ajv's own wording. */
export function describeSchemaError(error: ErrorObject): Finding {
  const path = pointerToPath(error.instancePath);
  const field = path.length === 0 ? "the case" : path.map((p) => (typeof p === "number" ? `[${p}]` : p)).join(".").replace(/\.\[/g, "[");
  const finding = (message: string, hint?: string, at = path): Finding => ({ ruleId: "schema", severity: "error", message, hint, path: at });
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return finding(`${field} is missing \`${params.missingProperty}\``, `add \`${params.missingProperty}:\` under ${field}`);
    case "additionalProperties":
      return finding(
        `${field} has an unknown field \`${params.additionalProperty}\``,
        "check the spelling against `ancillary schema`, or remove it",
        [...path, String(params.additionalProperty)],
      );
    case "type":
      if (params.type === "string") return finding(`${field} must be text`, "put it in quotes");
      if (params.type === "number") return finding(`${field} must be a number`, "write the number without quotes or a currency sign, e.g. 180");
      if (params.type === "boolean") return finding(`${field} must be true or false`);
      if (params.type === "array") return finding(`${field} must be a list`, "write each entry on its own line starting with `- `");
      if (params.type === "object") return finding(`${field} must be a mapping of fields`, "indent its fields under it");
      return finding(`${field} has the wrong type: it must be ${params.type}`);
    case "enum":
      return finding(`${field} must be one of: ${(params.allowedValues as unknown[]).join(", ")}`, "use one of the listed words exactly");
    case "const":
      return finding(`${field} must be ${JSON.stringify(params.allowedValue)}`);
    case "pattern":
      if (String(params.pattern).includes("\\d{4}")) return finding(`${field} must be a date written YYYY-MM-DD`, "e.g. 2026-09-14");
      return finding(`${field} must be a short id: a letter, then letters, digits, - or _`, "e.g. P1 or O2");
    case "format":
      return finding(`${field} is not a real calendar date`, "check the day and month");
    case "minLength":
      return finding(`${field} must not be empty`);
    case "maxLength":
      return finding(`${field} is too long (over ${params.limit} characters)`);
    case "minItems":
      return finding(`${field} must list at least ${params.limit} item${params.limit === 1 ? "" : "s"}`);
    case "minimum":
      return finding(`${field} must not be negative`);
    case "oneOf":
      return finding(`${field} must be either { on: date } or { from: date, to: date }`, "e.g. committed: { on: 2026-03-02 }");
    default:
      return finding(`${field} does not fit the case format (${error.keyword})`, "compare it with `ancillary schema`");
  }
}
