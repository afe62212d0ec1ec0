import { spawn as spawnPty, type IPty } from "node-pty";
import { join } from "node:path";
import type { AnswerOf, Question } from "../../src/interview/questions";

export const bin = join(__dirname, "..", "..", "bin", "ancillary.js");

/** What the terminal showed, without its colours and cursor movements. */
export function plain(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "").replace(/\r/g, "");
}

/**
 * ancillary in a real pseudo-terminal. Waits for text on the screen, never for
 * a fixed time: a loaded machine is only slower. Each wait starts where the
 * last one ended, so a question asked twice is waited for twice.
 */
export class TerminalSession {
  private readonly pty: IPty;
  private raw = "";
  private seen = 0;
  private listeners: Array<() => void> = [];
  readonly exited: Promise<number>;

  constructor(args: string[], cwd: string) {
    this.pty = spawnPty(process.execPath, [bin, ...args], { cols: 250, rows: 60, cwd, env: { ...process.env, NO_COLOR: "1" } as Record<string, string> });
    this.pty.onData((data) => {
      this.raw += data;
      for (const listener of this.listeners) listener();
    });
    this.exited = new Promise((resolve) => this.pty.onExit(({ exitCode }) => resolve(exitCode)));
  }

  get screen(): string {
    return plain(this.raw);
  }

  /** Resolves once `text` appears after what was already waited for; rejects with the screen so far. */
  waitFor(text: string, timeoutMs = 60_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const at = this.screen.indexOf(text, this.seen);
        if (at < 0) return false;
        this.seen = at + text.length;
        return true;
      };
      if (check()) return resolve();
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== listener);
        reject(new Error(`"${text}" did not appear; the screen ends:\n${this.screen.slice(-1500)}`));
      }, timeoutMs);
      const listener = () => {
        if (!check()) return;
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
        resolve();
      };
      this.listeners.push(listener);
    });
  }

  /** Waits for a prompt, then types the keys that answer it. */
  async answer(prompt: string, keys: string): Promise<void> {
    await this.waitFor(prompt);
    this.type(keys);
  }

  type(keys: string): void {
    this.pty.write(keys);
  }

  kill(): void {
    try {
      this.pty.kill();
    } catch {
      // already gone
    }
  }
}

const DOWN = "\x1b[B";
const ENTER = "\r";

/** The keys that give `answer` to `question` in @inquirer/prompts' prompts. */
export function keysFor(question: Question, answer: unknown): string {
  switch (question.kind) {
    case "text":
    case "secret":
      return `${answer === undefined ? "" : String(answer)}${ENTER}`;
    case "choice":
      return `${DOWN.repeat(question.choices.findIndex((choice) => choice.value === answer))}${ENTER}`;
    case "pick": {
      const picked = answer as AnswerOf["pick"];
      return question.choices.map((id, index) => `${picked.includes(id) ? " " : ""}${index < question.choices.length - 1 ? DOWN : ""}`).join("") + ENTER;
    }
    case "confirm":
      return `${answer ? "y" : "n"}${ENTER}`;
  }
}

/** Answers one question on the terminal: waits for it to be asked, types the keys, waits for it to be done. */
export async function answerOn(session: TerminalSession, question: Question, answer: unknown): Promise<void> {
  await session.answer(`? ${question.title}`, keysFor(question, answer));
  await session.waitFor(`✔ ${question.title}`);
}
