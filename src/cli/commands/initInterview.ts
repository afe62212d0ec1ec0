import { basename, dirname, extname, join, resolve } from "node:path";
import { existsSync } from "node:fs";
import type { CliIO } from "../io";
import { ExitCode } from "../errors";
import { schemaPath } from "../../paths";
import { writeAtomically } from "../../files/writeOutputs";
import { InputError } from "../../load/errors";
import { loadCaseSchema } from "../../schema/validateSchema";
import { analyseCaseText } from "../../pipeline/analyse";
import { checkCaseFileName, protectedNameParts } from "../../pipeline/caseFileName";
import { printablePath } from "../../output/printable";
import type { Answers } from "../../interview/answers";
import { caseYaml } from "../../interview/caseYaml";
import type { Asker } from "../../interview/questions";
import type { CaseSchema } from "../../interview/schemaNode";
import { interviewSession } from "../../interview/session";
import { isStoppedByUser, terminalAsker } from "../../interview/terminal";

/** Why the file cannot be written, in one line, or undefined: init's own check of its target. */
export type TargetCheck = (file: string, force: boolean) => Promise<string | undefined>;

/** What a terminal the interview can use offers: both ends must be a terminal a person types at. */
export interface Terminal {
  isInteractive: boolean;
  write(text: string): void;
}

export const processTerminal = (): Terminal => ({
  isInteractive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  write: (text) => void process.stdout.write(text),
});

/** Signal 2 (SIGINT) as a shell reports it: the interview stopped by Ctrl-C. */
const STOPPED = 130;

/**
 * `ancillary init --interview [file]`: the questions in the terminal, then the
 * case file, commented and valid, written owner-only and atomically. Stopped
 * with Ctrl-C, nothing half-written is left; a draft is saved only if the user
 * asks, to a file of its own.
 */
export async function initInterview(
  file: string,
  force: boolean,
  io: CliIO,
  checkTarget: TargetCheck,
  terminal: Terminal = processTerminal(),
  makeAsker: (write: (text: string) => void) => Asker = terminalAsker,
): Promise<number> {
  const fail = (message: string) => {
    io.err(`ancillary: ${message}\n`);
    return ExitCode.usage;
  };
  if (!terminal.isInteractive) {
    return fail("init --interview asks its questions in a terminal, and there is none here (piped input or CI): run `ancillary init case.yaml` and fill in the starter file instead");
  }
  const problem = await checkTarget(file, force);
  if (problem) return fail(problem);
  const schema = loadCaseSchema() as unknown as CaseSchema;
  const asker = makeAsker(terminal.write);
  const data: Answers = {};
  asker.say(
    `Questions for a case file, written to ${printablePath(file)} when you have checked your answers.\n` +
      "Type ? for help on a question. Ctrl-C stops (you may then save a draft).",
  );
  let target = file;
  try {
    await interviewSession(schema, asker, data);
    target = await namedSafely(file, force, data, asker, checkTarget);
    const text = caseFileText(schema, data, ["A case for `ancillary`, written by `ancillary init --interview`.", "Check it with `ancillary validate`; edit it as any case file."]);
    try {
      await writeAtomically(resolve(target), new TextEncoder().encode(text), force, target);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      // The answers are not lost with the file: the draft is offered as after Ctrl-C.
      terminal.write(`ancillary: ${printablePath(error.filePath)}: ${error.message}\n`);
      await offerDraft(schema, target, data, asker, terminal, "The case file was not written.");
      return ExitCode.usage;
    }
    const errors = analyseCaseText(text).diagnostics.filter((d) => d.severity === "error").length;
    asker.say(
      `Wrote ${printablePath(target)} (readable only by you). ` +
        (errors === 0 ? `Next: \`ancillary plan ${target}\` or \`ancillary draft ${target} --out out\`.` : `\`ancillary validate ${target}\` lists the ${errors} error${errors === 1 ? "" : "s"} to put right.`),
    );
    return ExitCode.ok;
  } catch (error) {
    if (isStoppedByUser(error)) return offerDraft(schema, target, data, asker, terminal, "Stopped: no case file was written.");
    if (error instanceof InputError) return fail(`${printablePath(error.filePath)}: ${error.message}`);
    throw error;
  }
}

/** The case file's text; never a file that fails the schema (that would be the interview's fault). */
function caseFileText(schema: CaseSchema, data: Answers, heading: string[]): string {
  const text = caseYaml(schema, data, { schemaHint: schemaPath.replace(/\\/g, "/"), heading });
  const broken = analyseCaseText(text).diagnostics.find((d) => d.ruleId === "schema" || d.ruleId === "yaml-syntax");
  if (broken) throw new Error(`the interview's answers do not fit the case format (${broken.message})`);
  return text;
}

/** The file name to write, asked again while it names the complainant (validate would refuse the file). */
async function namedSafely(file: string, force: boolean, data: Answers, asker: Asker, checkTarget: TargetCheck): Promise<string> {
  let target = file;
  for (;;) {
    const problem = namesComplainant(target, data) ?? (target === file ? undefined : await checkTarget(target, force));
    if (!problem) return target;
    const answer = await asker.ask({
      kind: "text",
      path: [],
      title: `${problem}: another file name`,
      optional: false,
      numeric: false,
      check: () => undefined,
    });
    target = answer ?? target;
  }
}

function namesComplainant(file: string, data: Answers): string | undefined {
  try {
    checkCaseFileName([file], protectedNameParts(undefined, data));
    return undefined;
  } catch (error) {
    if (error instanceof Error && error.name === "CaseFileNameRefused") return "that file name contains the complainant's name";
    throw error;
  }
}

async function offerDraft(schema: CaseSchema, file: string, data: Answers, asker: Asker, terminal: Terminal, why: string): Promise<number> {
  terminal.write(`\n${why}\n`);
  if (Object.keys(data).length === 0) return STOPPED;
  try {
    const save = await asker.ask({ kind: "confirm", path: [], title: "Save your answers so far as a draft, in a file of its own?", initial: true });
    if (!save) return STOPPED;
  } catch (error) {
    if (isStoppedByUser(error)) return STOPPED;
    throw error;
  }
  const draft = draftPath(file, data);
  const text = caseYaml(schema, data, {
    schemaHint: schemaPath.replace(/\\/g, "/"),
    heading: ["A DRAFT from `ancillary init --interview`, stopped before the end: not a finished case.", "Fill in what is missing (`ancillary validate` lists it), then rename it."],
  });
  try {
    await writeAtomically(resolve(draft), new TextEncoder().encode(text), false, draft);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    terminal.write(`ancillary: the draft could not be saved: ${error.message}\n`);
    return STOPPED;
  }
  terminal.write(`Saved the draft to ${printablePath(draft)} (readable only by you).\n`);
  return STOPPED;
}

/** Beside the case file, never over a file that exists, and never named after the complainant. */
function draftPath(file: string, data: Answers): string {
  const extension = extname(file) || ".yaml";
  const stem = namesComplainant(file, data) ? "interview" : basename(file, extname(file));
  for (let n = 1; ; n += 1) {
    const candidate = join(dirname(file), `${stem}.draft${n === 1 ? "" : `-${n}`}${extension}`);
    if (!existsSync(candidate)) return candidate;
  }
}
