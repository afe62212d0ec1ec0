import fc from "fast-check";
import type { ErrorObject } from "ajv";
import { stringify } from "yaml";
import { parseYaml } from "../../src/load/parseYaml";
import { validateSchema } from "../../src/schema/validateSchema";
import { describeSchemaError, isPlaceholder } from "../../src/schema/messages";
import { validCase } from "../support/cases";

// The shared valid case, as plain data for the schema.
const VALID_DATA = validCase();

/** Every path to a value in the data, containers included. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const here = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value && typeof value === "object") return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return here;
}

function setAt(data: unknown, path: Array<string | number>, value: unknown): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === DELETE) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}
const DELETE = Symbol("delete");

/** ajv's own phrasings, none of which may reach a user. */
const AJV_WORDING = /must NOT|must match|must be equal|must have required|must pass|must be >=|must be <=|should |passingSchemas|instancePath|schemaPath|#\/\$defs|\$ref|\bdata\//;

describe("schema messages", () => {
  const allPaths = paths(VALID_DATA);
  const replacement = fc.oneof(
    fc.constant(DELETE),
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -5, max: 5 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string({ maxLength: 12 }),
    fc.constantFrom("", "REPLACE: x", "YYYY-MM-DD", "2026-02-30", "magistrate", "01234567890", "no"),
    fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }),
    fc.dictionary(fc.constantFrom("a", "on", "from", "to", "date", "location", "amount"), fc.string({ maxLength: 4 }), { maxKeys: 2 }),
  );

  it("are plain English with a hint for any single wrong value anywhere in a case, never ajv's wording", () => {
    fc.assert(
      fc.property(fc.constantFrom(...allPaths), replacement, (path, value) => {
        const text = stringify(setAt(VALID_DATA, path, value));
        const parsed = parseYaml(text);
        if (!parsed.ok) return;
        const result = validateSchema(parsed.parsed);
        if (result.ok) return;
        expect(result.findings.length).toBeGreaterThan(0);
        for (const finding of result.findings) {
          expect(finding.message).not.toMatch(AJV_WORDING);
          expect(finding.hint ?? "").not.toMatch(AJV_WORDING);
          expect(finding.hint).toEqual(expect.any(String));
          expect(finding.hint!.length).toBeGreaterThan(5);
          expect(finding.message).toMatch(/^(the case|[A-Za-z<]\S*) /);
          const where = parsed.parsed.locate(finding.path);
          expect(where.line).toBeGreaterThanOrEqual(1);
          expect(where.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("never report the same thing twice about one field", () => {
    fc.assert(
      fc.property(fc.constantFrom(...allPaths), replacement, (path, value) => {
        const parsed = parseYaml(stringify(setAt(VALID_DATA, path, value)));
        if (!parsed.ok) return;
        const result = validateSchema(parsed.parsed);
        if (result.ok) return;
        const keys = result.findings.map((f) => `${JSON.stringify(f.path)} ${f.message}`);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 200 },
    );
  });

  it("stay plain English for a keyword the schema does not use yet", () => {
    const error = { keyword: "dependentRequired", instancePath: "/court", schemaPath: "#/x", params: {} } as ErrorObject;
    const finding = describeSchemaError(error);
    expect(finding).toMatchObject({ ruleId: "schema", severity: "error", path: ["court"], message: "court does not fit the case format" });
    expect(finding.message).not.toContain("dependentRequired");
    expect(finding.hint).toContain("ancillary schema");
  });

  it("stay plain English when ajv gives no data (run without verbose)", () => {
    const error = { keyword: "type", instancePath: "/reference", schemaPath: "#/x", params: { type: "string" } } as ErrorObject;
    expect(describeSchemaError(error)).toMatchObject({ message: "reference must be text", hint: "put it in quotes" });
  });

  it("name a field inside lists the way a reader would write it", () => {
    const error = { keyword: "minimum", instancePath: "/property/0/value/amount", schemaPath: "#/x", params: { limit: 0 } } as ErrorObject;
    expect(describeSchemaError(error).message).toBe("property[0].value.amount must not be negative");
  });

  it("unescape JSON pointer characters in field names", () => {
    const error = { keyword: "additionalProperties", instancePath: "/court", schemaPath: "#/x", params: { additionalProperty: "a/b~c" } } as ErrorObject;
    expect(describeSchemaError(error).path).toEqual(["court", "a/b~c"]);
  });
});

describe("isPlaceholder", () => {
  it.each(["REPLACE", "REPLACE: the court", "  REPLACE: indented", "YYYY-MM-DD"])("recognises %j as a placeholder", (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it.each(["REPLACEMENT phone", "replace: lower case", "Luton", "2026-09-14", 1, null, undefined])("does not take %j for a placeholder", (value) => {
    expect(isPlaceholder(value)).toBe(false);
  });
});

describe("an amount beyond any real device's value", () => {
  it("is refused with a plain message, so a typo never prints a 300-digit sum", () => {
    const data = validCase() as unknown as { property: Array<{ value: { amount: number } }> };
    data.property[0].value.amount = 1e300;
    const parsedCase = parseYaml(stringify(data));
    if (!parsedCase.ok) throw new Error("the valid case did not parse");
    const result = validateSchema(parsedCase.parsed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings).toEqual([expect.objectContaining({ ruleId: "schema", message: "property[0].value.amount is more than 100,000,000" })]);
  });
});
