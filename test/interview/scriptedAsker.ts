import { valueAt } from "../../src/interview/answers";
import type { AnswerOf, Asker, Question } from "../../src/interview/questions";

/**
 * Answers every question from a finished case, as a careful user would type it:
 * checks each typed answer with the question's own check, and records every
 * question and every line said, for the tests to read.
 */
export function askerFrom(example: unknown) {
  // Entries answered so far in each list: one more for each "Another ...?" asked there.
  const entries = new Map<string, number>();
  const asked: Question[] = [];
  const answered: Array<{ question: Question; answer: unknown }> = [];
  const said: string[] = [];
  const asker: Asker = {
    say: (text) => void said.push(text),
    async ask<Q extends Question>(question: Q): Promise<AnswerOf[Q["kind"]]> {
      asked.push(question);
      const wanted = valueAt(example, question.path);
      const answer = ((): unknown => {
        switch (question.kind) {
          case "confirm":
            if (question.title.startsWith("Another ")) {
              const key = question.path.join(".");
              const done = (entries.get(key) ?? 0) + 1;
              entries.set(key, done);
              return done < (wanted as unknown[]).length;
            }
            if (question.title.startsWith("Add ")) return Array.isArray(wanted) ? wanted.length > 0 : wanted !== undefined;
            return wanted;
          case "choice": {
            if (question.path.length === 0) return -1; // the review: write the file
            if (question.choices.some((choice) => typeof choice.value === "number")) {
              // One of several shapes: the one whose fields the example has.
              return question.choices.findIndex((choice) => choice.name === (wanted && "on" in (wanted as object) ? "on one day" : "over a period"));
            }
            // A term written for the case: the choice to write one's own.
            const choice = question.choices.find((c) => c.value === wanted) ?? question.choices.find((c) => typeof wanted === "object" && typeof c.value === "symbol");
            if (!choice) throw new Error(`no choice for ${String(wanted)} at ${question.path.join(".")}`);
            return choice.value;
          }
          case "pick":
            return wanted ?? [];
          case "text":
          case "secret": {
            if (wanted === undefined) return undefined;
            const problem = question.check(String(wanted));
            if (problem) throw new Error(`the check refused ${question.path.join(".")}: ${problem}`);
            return String(wanted);
          }
        }
      })();
      answered.push({ question, answer });
      return answer as AnswerOf[Q["kind"]];
    },
  };
  return { asker, asked, answered, said };
}
