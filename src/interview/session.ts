import type { Finding } from "../diagnostics/types";
import { answerLeaves, namesAComplainant, pathLabel, type AnswerLeaf, type Answers } from "./answers";
import { answerChecker } from "./answerCheck";
import { addEntry, article, askAgain, listsOfEntries, runInterview, type Interview } from "./flow";
import { lawChecker, newFindings } from "./lawChecks";
import type { Asker, Choice } from "./questions";
import { nodeAt, type CaseSchema } from "./schemaNode";

/** Shown instead of a write-only answer (the complainant's name), everywhere after it is typed. */
export const HIDDEN = "(given, hidden)";

/**
 * The whole interview: every question (flow.ts), the law checks as soon as they
 * can run, then the review screen, where any answer can be changed, until the
 * user asks for the file. Resolves to the answers, which match the schema.
 * `data` is filled as the user answers, so a caller can save a draft if stopped.
 */
export async function interviewSession(schema: CaseSchema, asker: Asker, data: Answers = {}): Promise<Answers> {
  const lawOf = lawChecker(schema);
  const shown = new Set<string>();
  const tellNew = () => {
    const fresh = newFindings(worthSaying(lawOf(data)), shown);
    for (const finding of fresh) asker.say(findingLine(finding));
    if (fresh.length > 0) asker.say("You can change any answer at the review, before anything is written.");
  };
  const interview: Interview = { schema, asker, check: answerChecker(schema), data, afterPart: async () => tellNew() };
  await runInterview(interview);
  await review(interview, () => worthSaying(lawOf(data)), tellNew);
  return data;
}

function worthSaying(findings: Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity !== "info");
}

export function findingLine(finding: Finding): string {
  const place = finding.path.join(".");
  return `${finding.severity} [${finding.ruleId}] at ${place}: ${finding.message}${finding.hint ? `\n  hint: ${finding.hint}` : ""}`;
}

const WRITE = -1;

async function review(interview: Interview, findings: () => Finding[], tellNew: () => void): Promise<void> {
  const { asker, schema, data } = interview;
  for (;;) {
    const leaves = answerLeaves(data);
    asker.say("\nYour answers:");
    for (const leaf of leaves) asker.say(`  ${answerLine(schema, data, leaf)}`);
    const problems = findings();
    asker.say(
      problems.length === 0
        ? "The law checks find nothing to put right."
        : `The law checks find ${problems.length} thing${problems.length === 1 ? "" : "s"} to look at:\n${problems.map((f) => `  ${findingLine(f)}`).join("\n")}`,
    );
    const lists = listsOfEntries(schema);
    const choices: Choice[] = [
      { name: "Write the case file", value: WRITE },
      ...leaves.map((leaf, index) => ({ name: `Change ${answerLine(schema, data, leaf)}`, value: index })),
      ...lists.map(({ key, entry }) => ({ name: `Add ${article(entry)}`, value: key })),
    ];
    const chosen = (await asker.ask({ kind: "choice", path: [], title: "Write the case file, or change an answer?", choices })) as number | string;
    if (typeof chosen === "string") {
      await addEntry(interview, chosen);
      tellNew();
      continue;
    }
    if (chosen === WRITE) {
      const problem = interview.check("", data);
      if (problem === undefined) return;
      asker.say(`The case is not complete yet (${problem}): the questions not yet answered follow.`);
      await runInterview(interview);
      continue;
    }
    await askAgain(interview, leaves[chosen].path);
    tellNew();
  }
}

/** Shown instead of an answer that names the complainant (typed into particulars, say): the law checks say where. */
export const WITHHELD_ANSWER = "(withheld: it names the complainant)";

/** One answer as the review lists it; a write-only answer, or one naming the complainant, is never shown. */
export function answerLine(schema: CaseSchema, data: Answers, leaf: AnswerLeaf): string {
  const label = pathLabel(data, leaf.path);
  if (nodeAt(schema, leaf.path)?.node.writeOnly === true) return `${label}: ${HIDDEN}`;
  const shown = shownValue(leaf.value);
  return `${label}: ${namesAComplainant(data, shown) ? WITHHELD_ANSWER : shown}`;
}

function shownValue(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? "(none)" : value.map(shownValue).join(", ");
  if (value !== null && typeof value === "object") return JSON.stringify(value);
  return String(value);
}
