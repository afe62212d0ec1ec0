import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020";
import type { CasePath, Finding } from "../diagnostics/types";
import type { ParsedYaml } from "../load/parseYaml";
import { readFileSync } from "node:fs";
import { schemaPath } from "../paths";
import { isCalendarDate } from "../case/dates";
import { describeSchemaError } from "./messages";

export function loadCaseSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(schemaPath, "utf8")) as Record<string, unknown>;
}

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  compiled ??= new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true })
    .addFormat("date", { type: "string", validate: isCalendarDate })
    .compile(loadCaseSchema());
  return compiled;
}

export type SchemaResult = { ok: true; data: unknown } | { ok: false; findings: Finding[] };

/**
 * Checks shape and types. A bare number where text is expected (an all-digit URN)
 * is taken as its exact source text, so leading zeros survive.
 */
export function validateSchema(parsed: ParsedYaml): SchemaResult {
  const validate = validator();
  const data = structuredClone(parsed.data);
  if (!validate(data) && restoreNumbersWrittenAsText(data, validate.errors ?? [], parsed)) validate(data);
  const errors = validate.errors ?? [];
  if (errors.length === 0) return { ok: true, data };
  return { ok: false, findings: simplify(errors).map(describeSchemaError) };
}

function restoreNumbersWrittenAsText(data: unknown, errors: ErrorObject[], parsed: ParsedYaml): boolean {
  let changed = false;
  for (const error of errors) {
    if (error.keyword !== "type" || error.params.type !== "string") continue;
    const path = pointerToPath(error.instancePath);
    const source = parsed.sourceText(path);
    const parent = path.length > 0 ? valueAt(data, path.slice(0, -1)) : undefined;
    const key = path[path.length - 1];
    if (source === undefined || parent === null || typeof parent !== "object") continue;
    const current = (parent as Record<string | number, unknown>)[key];
    if (typeof current === "number" || typeof current === "boolean") {
      (parent as Record<string | number, unknown>)[key] = source;
      changed = true;
    }
  }
  return changed;
}

/**
 * ajv reports every branch of a oneOf and every failed keyword; keep the one a
 * person can act on.
 */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === "oneOf").map((e) => e.instancePath));
  const kept = errors.filter((e) => {
    if (e.keyword === "oneOf") return true;
    // Errors inside a failed oneOf branch are noise beside the oneOf's own message.
    return ![...oneOfPaths].some((p) => e.instancePath === p || e.instancePath.startsWith(p + "/")) || !e.schemaPath.includes("/oneOf/");
  });
  const seen = new Set<string>();
  return kept.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function pointerToPath(pointer: string): CasePath {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function valueAt(data: unknown, path: CasePath): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
