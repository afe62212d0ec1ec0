import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ValidateFunction } from "ajv/dist/2020";
import { parseYaml } from "../../src/load/parseYaml";
import { compileCaseSchema } from "../../src/schema/validateSchema";

const root = join(__dirname, "..", "..");
// Built by the jest global set-up (npm run build does the same).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const precompiled = require(join(root, "dist", "schema", "caseValidator.js")) as ValidateFunction;
const compiled = compileCaseSchema();

const example = readFileSync(join(root, "examples", "sharing-to-colleagues.yaml"), "utf8");
const variants: Array<[string, string]> = [
  ...readdirSync(join(root, "examples"))
    .filter((f) => f.endsWith(".yaml"))
    .map((f): [string, string] => [f, readFileSync(join(root, "examples", f), "utf8")]),
  ["a wrong court level", example.replace("level: crown", "level: county")],
  ["a date not on the calendar", example.replace(/date: 2026-\d\d-\d\d/, "date: 2026-02-30")],
  ["an unknown field", example.replace("version: 1", "version: 1\ncolour: grey")],
  ["a text placeholder", example.replace(/location: .*/, "location: REPLACE with the court")],
  ["a negative value", example.replace(/amount: \d+/, "amount: -5")],
];

const outcome = (validate: ValidateFunction, data: unknown) => {
  const ok = validate(structuredClone(data));
  return { ok, errors: (validate.errors ?? []).map((e) => ({ path: e.instancePath, keyword: e.keyword, params: e.params, data: e.data, parentSchema: e.parentSchema })) };
};

describe("the validator precompiled at build time", () => {
  it.each(variants)("judges %s exactly as the schema compiled at run time does", (_name, text) => {
    const parsed = parseYaml(text);
    if (!parsed.ok) throw new Error("the variant did not parse");
    expect(outcome(precompiled, parsed.parsed.data)).toEqual(outcome(compiled, parsed.parsed.data));
  });
});
