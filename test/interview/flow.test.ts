import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseYaml } from "../../src/load/parseYaml";
import { loadCaseSchema } from "../../src/schema/validateSchema";
import { answerChecker } from "../../src/interview/answerCheck";
import { runInterview } from "../../src/interview/flow";
import type { CaseSchema } from "../../src/interview/schemaNode";
import type { Answers } from "../../src/interview/answers";
import { askerFrom } from "./scriptedAsker";

const schema = loadCaseSchema() as unknown as CaseSchema;
const check = answerChecker(schema);
const examples = join(__dirname, "..", "..", "examples");

function exampleData(name: string): Answers {
  const parsed = parseYaml(readFileSync(join(examples, name), "utf8"));
  if (!parsed.ok) throw new Error(`cannot parse ${name}`);
  return parsed.parsed.data as Answers;
}

async function interviewFor(name: string) {
  const example = exampleData(name);
  const data: Answers = {};
  const parts: string[] = [];
  const script = askerFrom(example);
  await runInterview({ schema, asker: script.asker, check, data, afterPart: async (path) => void parts.push(path.join(".")) });
  return { example, data, parts, ...script };
}

describe("the interview, walking the case schema", () => {
  it("asks its way to exactly the case at charge, ids and all", async () => {
    const { example, data } = await interviewFor("at-charge-phone-not-yet-seized.yaml");
    expect(data).toEqual(example);
  });

  const everyExample = readdirSync(examples).filter((name) => name.endsWith(".yaml"));
  it.each(everyExample)("asks its way to %s, whatever it applies for", async (name) => {
    const { example, data } = await interviewFor(name);
    expect(data).toEqual(example);
  });

  it("asks every question in plain English with its help, never by a field's bare name", async () => {
    const { asked } = await interviewFor("at-charge-phone-not-yet-seized.yaml");
    for (const question of asked) {
      expect(question.title).toMatch(/\s/);
      if (!question.title.startsWith("Another ")) expect(question.help).toEqual(expect.any(String));
    }
  });

  it("assigns the ids the examples use, and says so", async () => {
    const { said, data } = await interviewFor("at-charge-phone-not-yet-seized.yaml");
    expect(said).toEqual(expect.arrayContaining(["This complainant is C1.", "This offence is O1.", "This item of property is P1.", "This item of property is P3."]));
    expect((data.property as Array<{ id: string }>).map((item) => item.id)).toEqual(["P1", "P2", "P3"]);
  });

  it("offers an item's offences from the offences entered, not as free text", async () => {
    const { asked } = await interviewFor("at-charge-phone-not-yet-seized.yaml");
    const uses = asked.filter((q) => q.path.join(".") === "property.0.use.offences");
    expect(uses).toEqual([expect.objectContaining({ kind: "pick", choices: ["O1"] })]);
    expect(asked.find((q) => q.path.join(".") === "offences.0.complainant")).toEqual(expect.objectContaining({ kind: "choice" }));
  });

  it("asks the complainant's name masked, once", async () => {
    const { asked } = await interviewFor("at-charge-phone-not-yet-seized.yaml");
    const names = asked.filter((q) => q.path[0] === "complainants" && q.path[2] === "name");
    expect(names.map((q) => q.kind)).toEqual(["secret"]);
  });

  it("runs the law checks after each section and each entry of a list", async () => {
    const { parts } = await interviewFor("at-charge-phone-not-yet-seized.yaml");
    expect(parts).toEqual(expect.arrayContaining(["court", "complainants.0", "offences", "property.0", "property.2", "prosecutor"]));
  });

  it("refuses a date that is not one, and a value in words, before any law", async () => {
    const { asked } = await interviewFor("at-charge-phone-not-yet-seized.yaml");
    const hearing = asked.find((q) => q.path.join(".") === "hearing.date");
    if (hearing?.kind !== "text") throw new Error("the hearing date is typed");
    expect(hearing.check("2026-02-30")).toMatch(/no 30 February/);
    expect(hearing.check("2026-12-16")).toBeUndefined();
    const value = asked.find((q) => q.path.join(".") === "property.0.value");
    expect(value).toEqual(expect.objectContaining({ kind: "confirm", title: "Add the item's value?" }));
  });
});
