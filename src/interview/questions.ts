import type { CasePath } from "../diagnostics/types";

/** What every question carries: where its answer goes, the question (the field's title) and its help (its description). */
interface Asked {
  path: CasePath;
  title: string;
  help?: string;
}

/** Text typed in; `check` says what is wrong with it (format first), or undefined. Empty skips an optional field. */
export interface TextQuestion extends Asked {
  kind: "text";
  optional: boolean;
  initial?: string;
  /** Numbers are typed as text and kept as numbers. */
  numeric: boolean;
  check(value: string): string | undefined;
}

/** Typed in and masked; shown once with why it is asked; never shown again. */
export interface SecretQuestion extends Asked {
  kind: "secret";
  optional: boolean;
  check(value: string): string | undefined;
}

export interface Choice {
  name: string;
  value: unknown;
}

/** One of a list; `undefined` as a choice's value means "leave it out". */
export interface ChoiceQuestion extends Asked {
  kind: "choice";
  choices: Choice[];
}

/** Any of a list of ids already entered (the offences an item was used for). */
export interface PickQuestion extends Asked {
  kind: "pick";
  choices: string[];
  min: number;
}

/** Yes or no: add an optional part, another entry of a list. */
export interface ConfirmQuestion extends Asked {
  kind: "confirm";
  initial: boolean;
}

export type Question = TextQuestion | SecretQuestion | ChoiceQuestion | PickQuestion | ConfirmQuestion;

/** The answer each kind of question gives: text (undefined when skipped), a choice's value, ids, yes or no. */
export interface AnswerOf {
  text: string | undefined;
  secret: string | undefined;
  choice: unknown;
  pick: string[];
  confirm: boolean;
}

/** Asks the questions: the terminal (terminal.ts), or a script in tests. */
export interface Asker {
  ask<Q extends Question>(question: Q): Promise<AnswerOf[Q["kind"]]>;
  /** A line to the user: an id assigned, a finding of the law, a format problem. */
  say(text: string): void;
}
