import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseYaml } from "../../src/load/parseYaml";
import { initInterview } from "../../src/cli/commands/initInterview";
import type { Answers } from "../../src/interview/answers";
import type { AnswerOf, Asker, Question } from "../../src/interview/questions";
import { askerFrom } from "./scriptedAsker";

const example = join(__dirname, "..", "..", "examples", "at-charge-phone-not-yet-seized.yaml");

function dataOf(text: string): Answers {
  const parsed = parseYaml(text);
  if (!parsed.ok) throw new Error("does not parse");
  return parsed.parsed.data as Answers;
}

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "ancillary-interview-"));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe("init --interview when the file cannot be written at the end", () => {
  it("keeps the answers: says why, saves them as a draft of their own when asked, and leaves the other file alone (exit 2)", async () => {
    const exampleData = dataOf(readFileSync(example, "utf8"));
    const file = join(folder, "case.yaml");
    // A file that appeared while the questions were being answered.
    writeFileSync(file, "someone else's\n");
    const screen: string[] = [];
    const makeAsker = (write: (text: string) => void): Asker => {
      const script = askerFrom(exampleData);
      return {
        say: (text) => write(`${text}\n`),
        async ask<Q extends Question>(question: Q): Promise<AnswerOf[Q["kind"]]> {
          if (question.title.startsWith("Save your answers")) return true as AnswerOf[Q["kind"]];
          return script.asker.ask(question);
        },
      };
    };
    const io = { out: (text: string) => void screen.push(text), err: (text: string) => void screen.push(text), interactive: true };
    const code = await initInterview(file, false, io, async () => undefined, { isInteractive: true, write: (text) => void screen.push(text) }, makeAsker);
    expect(code).toBe(2);
    expect(screen.join("")).toMatch(/case\.yaml appeared while writing: use --force to replace it/);
    expect(readFileSync(file, "utf8")).toBe("someone else's\n");
    expect(readdirSync(folder).sort()).toEqual(["case.draft.yaml", "case.yaml"]);
    const draft = join(folder, "case.draft.yaml");
    expect(statSync(draft).mode & 0o777).toBe(0o600);
    expect(dataOf(readFileSync(draft, "utf8"))).toEqual(exampleData);
  });
});
