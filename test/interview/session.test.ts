import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseYaml } from "../../src/load/parseYaml";
import { loadCaseSchema } from "../../src/schema/validateSchema";
import { answerLine, interviewSession } from "../../src/interview/session";
import type { Answers } from "../../src/interview/answers";
import type { AnswerOf, Asker, Question } from "../../src/interview/questions";
import type { CaseSchema } from "../../src/interview/schemaNode";
import { askerFrom } from "./scriptedAsker";

const schema = loadCaseSchema() as unknown as CaseSchema;
const root = join(__dirname, "..", "..");

function dataOf(file: string): Answers {
  const parsed = parseYaml(readFileSync(join(root, file), "utf8"));
  if (!parsed.ok) throw new Error("does not parse");
  return parsed.parsed.data as Answers;
}

/** The scripted answers, with the review's choices and the answers that follow them given in turn. */
function withReview(example: Answers, atReview: Array<(q: Question) => unknown>) {
  const script = askerFrom(example);
  let reviewing = false;
  const asker: Asker = {
    say: script.asker.say,
    async ask<Q extends Question>(question: Q): Promise<AnswerOf[Q["kind"]]> {
      if (question.path.length === 0) reviewing = true;
      if (reviewing && atReview.length > 0) return atReview.shift()!(question) as AnswerOf[Q["kind"]];
      return script.asker.ask(question);
    },
  };
  return { asker, said: script.said };
}

describe("the interview's session: the law as soon as it can run, and the review", () => {
  it("says an item in the application has no evidence of use before the review, while it can still be put right", async () => {
    const example = dataOf("test/fixtures/rules/evidence-of-use.yaml");
    const data: Answers = {};
    const script = askerFrom(example);
    await interviewSession(schema, script.asker, data);
    const finding = script.said.findIndex((line) => line.startsWith("error [evidence-of-use] at property.0.use"));
    const review = script.said.indexOf("\nYour answers:");
    expect(finding).toBeGreaterThanOrEqual(0);
    expect(finding).toBeLessThan(review);
    expect(script.said[finding + 1]).toBe("You can change any answer at the review, before anything is written.");
  });

  it("changes any answer from the review, and lists the complainant's name only as (given, hidden)", async () => {
    const example = dataOf("examples/at-charge-phone-not-yet-seized.yaml");
    const data: Answers = {};
    const { asker, said } = withReview(example, [
      (review) => {
        if (review.kind !== "choice") throw new Error("the review is a choice");
        const change = review.choices.find((choice) => choice.name === "Change court > location: Stockport");
        expect(review.choices.some((choice) => choice.name === "Change complainants C1 > name: (given, hidden)")).toBe(true);
        return change!.value;
      },
      (question) => {
        expect(question).toEqual(expect.objectContaining({ kind: "text", initial: "Stockport" }));
        return "Manchester";
      },
      () => -1,
    ]);
    await interviewSession(schema, asker, data);
    expect(data).toEqual({ ...example, court: { ...(example.court as object), location: "Manchester" } });
    expect(said).toContain("  complainants C1 > name: (given, hidden)");
    const name = (example.complainants as Array<{ name: string }>)[0].name;
    for (const part of name.split(" ")) expect(said.join("\n")).not.toContain(part);
  });

  it("will not write a case the schema refuses: it asks what is missing, then reviews again", async () => {
    const example = dataOf("examples/at-charge-phone-not-yet-seized.yaml");
    const data: Answers = {};
    const script = askerFrom(example);
    let reviews = 0;
    const asker: Asker = {
      say: script.asker.say,
      async ask<Q extends Question>(question: Q): Promise<AnswerOf[Q["kind"]]> {
        if (question.path.length === 0 && (reviews += 1) === 1) {
          // As if an answer had gone missing before the review.
          delete (data.hearing as Record<string, unknown>).date;
        }
        return script.asker.ask(question);
      },
    };
    await interviewSession(schema, asker, data);
    expect(reviews).toBe(2);
    expect(script.said.some((line) => line.startsWith("The case is not complete yet ("))).toBe(true);
    expect(data).toEqual(example);
  });

  it("never lists an answer that names the complainant, in any case or spelling", () => {
    const data: Answers = {
      complainants: [{ id: "C1", name: "Joanna Pelham", cipher: "the complainant" }],
      offences: [{ id: "O1", particulars: "Shared a photograph of JOANNA PELHAM" }],
    };
    expect(answerLine(schema, data, { path: ["offences", 0, "particulars"], value: "Shared a photograph of JOANNA PELHAM" })).toBe(
      "offences O1 > particulars: (withheld: it names the complainant)",
    );
    expect(answerLine(schema, data, { path: ["complainants", 0, "cipher"], value: "the complainant" })).toBe("complainants C1 > cipher: the complainant");
  });

  it("adds an entry to a list from the review, with the next id", async () => {
    const example = dataOf("examples/at-charge-phone-not-yet-seized.yaml");
    const data: Answers = {};
    const script = askerFrom(example);
    const second: Record<string, unknown> = { provision: "SOA2003:66B(1)", committed: 0, on: "2026-11-08", complainant: "C1", particulars: "Shared the photograph again." };
    let reviews = 0;
    const asker: Asker = {
      say: script.asker.say,
      async ask<Q extends Question>(question: Q): Promise<AnswerOf[Q["kind"]]> {
        if (question.path.length === 0) {
          reviews += 1;
          if (reviews > 1 || question.kind !== "choice") return -1 as AnswerOf[Q["kind"]];
          expect(question.choices.map((choice) => choice.name)).toEqual(expect.arrayContaining(["Add a complainant", "Add an offence", "Add an item of property"]));
          return "offences" as AnswerOf[Q["kind"]];
        }
        if (question.path[0] === "offences" && question.path[1] === 1) {
          if (question.kind === "confirm") return false as AnswerOf[Q["kind"]];
          return second[String(question.path[question.path.length - 1])] as AnswerOf[Q["kind"]];
        }
        return script.asker.ask(question);
      },
    };
    await interviewSession(schema, asker, data);
    expect(script.said).toContain("This offence is O2.");
    expect((data.offences as unknown[])[1]).toEqual({ id: "O2", provision: "SOA2003:66B(1)", committed: { on: "2026-11-08" }, complainant: "C1", particulars: "Shared the photograph again." });
  });
});
