import type { ErrorObject, ValidateFunction } from "ajv/dist/2020";
import type { CasePath, Finding } from "../diagnostics/types";
import type { ParsedYaml } from "../load/parseYaml";
import { readFileSync } from "node:fs";
import { schemaPath } from "../paths";
import { describeSchemaError } from "./messages";
import { numbersNotPlain } from "./numberFormats";
import { pointerToPath } from "./pointer";
import { removeUnprintable } from "../load/unprintable";

export function loadCaseSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(schemaPath, "utf8")) as Record<string, unknown>;
}

let compiled: ValidateFunction | undefined;

/**
 * The build precompiles the schema into caseValidator.js beside this file, which
 * spares `validate` compiling it on every run; from the sources (tests), compile here.
 */
export function validator(): ValidateFunction {
  compiled ??= loadPrecompiled() ?? compileCaseSchema();
  return compiled;
}

export function compileCaseSchema(): ValidateFunction {
  // Loaded only here: ajv's compiler is most of the start-up a precompiled build saves.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createCaseAjv, schemaForValidate } = require("./caseAjv") as typeof import("./caseAjv");
  return createCaseAjv().compile(schemaForValidate(loadCaseSchema()));
}

function loadPrecompiled(): ValidateFunction | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require("./caseValidator.js") as ValidateFunction;
  } catch {
    return undefined;
  }
}

export type SchemaResult = { ok: true; data: unknown } | { ok: false; findings: Finding[] };

/**
 * Checks shape and types. A bare number where text is expected (an all-digit URN)
 * is taken as its exact source text, so leading zeros survive.
 */
export function validateSchema(parsed: ParsedYaml): SchemaResult {
  const validate = validator();
  const data = withoutUnprintable(structuredClone(parsed.data));
  if (!validate(data) && restoreNumbersWrittenAsText(data, validate.errors ?? [], parsed)) validate(data);
  const errors = validate.errors ?? [];
  const numbers = numbersNotPlain(data, parsed);
  if (errors.length === 0 && numbers.length === 0) return { ok: true, data };
  const seen = new Set<string>();
  // ".inf" is not a number to the schema either: "written as infinity" says more than "must be a number".
  const oddNumbers = new Set(numbers.map((finding) => JSON.stringify(finding.path)));
  const findings = simplify(errors)
    .filter((error) => !(error.keyword === "type" && oddNumbers.has(JSON.stringify(pointerToPath(error.instancePath)))))
    .map(describeSchemaError)
    .filter((finding) => {
      // One value can break several keywords that read the same in English (a placeholder date).
      const key = `${JSON.stringify(finding.path)}|${finding.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  // A number the schema already refuses (an unknown field, an amount out of range) is reported once, by the schema.
  const refused = new Set(findings.map((finding) => JSON.stringify(finding.path)));
  return { ok: false, findings: [...findings, ...numbers.filter((finding) => !refused.has(JSON.stringify(finding.path)))] };
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
    // Not true or false: `lawfulMaterial: false` means "none", and would print as the word.
    if (typeof current === "number") {
      (parent as Record<string | number, unknown>)[key] = removeUnprintable(source);
      changed = true;
    }
  }
  return changed;
}

/**
 * ajv reports every branch of a oneOf and every failed keyword; keep the ones a
 * person can act on.
 */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  // The errors at or under each path, gathered once: searching all of them for each oneOf was quadratic.
  const under = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    for (let p = e.instancePath; ; p = p.slice(0, p.lastIndexOf("/"))) {
      const list = under.get(p);
      if (list) list.push(e);
      else under.set(p, [e]);
      if (p === "") break;
    }
  }
  const dropped = new Set<ErrorObject>();
  for (const oneOf of errors.filter((e) => e.keyword === "oneOf")) {
    const p = oneOf.instancePath;
    const branchErrors = (under.get(p) ?? []).filter((e) => e !== oneOf);
    // A value inside the right shape is wrong (`committed: { on: 2026-02-30 }`): say
    // what is wrong with that value, not that the shape does not fit.
    const deeper = branchErrors.filter((e) => e.instancePath !== p);
    if (deeper.length > 0) {
      dropped.add(oneOf);
      for (const e of branchErrors) if (e.instancePath === p) dropped.add(e);
    } else {
      for (const e of branchErrors) dropped.add(e);
    }
  }
  // A value that is not even written YYYY-MM-DD cannot be a calendar date: say it once.
  const patternPaths = new Set(errors.filter((e) => e.keyword === "pattern").map((e) => e.instancePath));
  const kept = errors.filter((e) => !dropped.has(e) && !(e.keyword === "format" && patternPaths.has(e.instancePath)));
  const seen = new Set<string>();
  return kept.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Removes the characters no document can show from every text value (not from
 * keys), in place, so the rules check exactly the text the documents print.
 */
function withoutUnprintable(value: unknown): unknown {
  if (typeof value === "string") return removeUnprintable(value);
  if (value !== null && typeof value === "object") {
    const container = value as Record<string | number, unknown>;
    for (const key of Object.keys(container)) {
      const item = container[key];
      const cleaned = withoutUnprintable(item);
      if (cleaned !== item) container[key] = cleaned;
    }
  }
  return value;
}


function valueAt(data: unknown, path: CasePath): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
