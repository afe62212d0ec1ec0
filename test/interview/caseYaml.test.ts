import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseYaml } from "../../src/load/parseYaml";
import { loadCaseSchema } from "../../src/schema/validateSchema";
import { analyseCaseText } from "../../src/pipeline/analyse";
import { caseYaml } from "../../src/interview/caseYaml";
import type { CaseSchema } from "../../src/interview/schemaNode";

const schema = loadCaseSchema() as unknown as CaseSchema;
const examples = join(__dirname, "..", "..", "examples");
const options = { schemaHint: "../schemas/case.schema.json", heading: ["A case written by ancillary init --interview."] };

function dataOf(text: string): unknown {
  const parsed = parseYaml(text);
  if (!parsed.ok) throw new Error("does not parse");
  return parsed.parsed.data;
}

describe("the case file the interview writes", () => {
  it.each(readdirSync(examples).filter((name) => name.endsWith(".yaml")))("holds exactly the answers of %s, and passes the schema", (name) => {
    const example = dataOf(readFileSync(join(examples, name), "utf8"));
    const text = caseYaml(schema, example as Record<string, unknown>, options);
    expect(dataOf(text)).toEqual(example);
    expect(analyseCaseText(text).diagnostics.filter((d) => d.ruleId === "schema" || d.ruleId === "yaml-syntax")).toEqual([]);
  });

  it("is commented like the starter file: the editor hint first, each field's help above it, once per list", () => {
    const example = dataOf(readFileSync(join(examples, "at-charge-phone-not-yet-seized.yaml"), "utf8"));
    const text = caseYaml(schema, example as Record<string, unknown>, options);
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=../schemas/case.schema.json");
    expect(text).toMatch(/# The sentencing hearing at which the order will be sought\.\nhearing:/);
    expect(text).toMatch(/ {4}# What the item is, so anyone can recognise it: make, model, colour\.\n {4}description: Google Pixel 8/);
    expect(text.match(/# What the item is/g)).toHaveLength(1);
    expect(Math.max(...text.split("\n").filter((line) => line.trimStart().startsWith("#")).map((line) => line.length))).toBeLessThanOrEqual(80);
  });
});
