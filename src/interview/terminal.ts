import { checkbox, confirm, input, password, select } from "@inquirer/prompts";
import type { AnswerOf, Asker, Question } from "./questions";

const HELP = "?";
const HELP_CHOICE = -1;
const YES_NO_HELP = /^(y|yes|n|no|\?|)$/i;

/**
 * The questions in a terminal, through @inquirer/prompts: typed answers checked
 * as they are typed, choices with the arrow keys, the secret masked with "*".
 * Typing "?" (or choosing "? help") shows the field's help and asks again.
 * Ctrl-C rejects with inquirer's ExitPromptError, which the command handles.
 */
export function terminalAsker(write: (text: string) => void): Asker {
  const say = (text: string) => write(`${text}\n`);
  const helpOf = (question: Question) => say(question.help ?? "No more help for this question.");
  const asker: Asker = {
    say,
    async ask<Q extends Question>(question: Q): Promise<AnswerOf[Q["kind"]]> {
      return (await askOnce(question)) as AnswerOf[Q["kind"]];
    },
  };
  async function askOnce(question: Question): Promise<unknown> {
    switch (question.kind) {
      case "text":
      case "secret": {
        if (question.kind === "secret") say(`Why this is asked: ${question.help ?? ""}`);
        const skip = question.optional ? ", Enter to skip" : "";
        const message = `${question.title} (${question.kind === "text" ? `${HELP} for help` : "typed as *"}${skip})`;
        const validate = (value: string) => {
          if (value === HELP && question.kind === "text") return true;
          if (value.trim() === "") return question.optional ? true : "An answer is needed here (type ? for help).";
          return question.check(value.trim()) ?? true;
        };
        const answer =
          question.kind === "secret"
            ? await password({ message, mask: "*", validate })
            : await input({ message, default: question.initial, validate });
        if (answer === HELP && question.kind === "text") {
          helpOf(question);
          return askOnce(question);
        }
        return answer.trim() === "" ? undefined : answer.trim();
      }
      case "choice": {
        const chosen = await select({
          message: question.title,
          choices: [
            ...question.choices.map((choice, index) => ({ name: choice.name, value: index })),
            ...(question.help ? [{ name: `${HELP} help`, value: HELP_CHOICE }] : []),
          ],
          pageSize: 12,
          loop: false,
        });
        if (chosen === HELP_CHOICE) {
          helpOf(question);
          return askOnce(question);
        }
        return question.choices[chosen].value;
      }
      case "pick":
        return checkbox({
          message: `${question.title} (space to tick, Enter when done)`,
          choices: question.choices.map((id) => ({ name: id, value: id })),
          validate: (ticked) => ticked.length >= question.min || `Tick at least ${question.min}.`,
        });
      case "confirm": {
        if (!question.help) return confirm({ message: question.title, default: question.initial });
        // Typed, so that "?" can show the help as for any other question.
        const answer = await input({
          message: `${question.title} (${question.initial ? "Y/n" : "y/N"}, ? for help)`,
          validate: (value) => YES_NO_HELP.test(value.trim()) || "Answer y or n (or ? for help).",
        });
        if (answer.trim() === HELP) {
          helpOf(question);
          return askOnce(question);
        }
        return answer.trim() === "" ? question.initial : /^y/i.test(answer.trim());
      }
    }
  }
  return asker;
}

/** True for inquirer's rejection when the user presses Ctrl-C. */
export function isStoppedByUser(error: unknown): boolean {
  return error instanceof Error && error.name === "ExitPromptError";
}
