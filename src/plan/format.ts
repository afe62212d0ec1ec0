import { longDate, type IsoDate } from "../case/dates";
import { printablePath, terminalSafeJson } from "../output/printable";
import { contractFields, type PlanAction, type PlannedAction } from "./types";

/** `plan --format json`: the issue's contract, `{ filePath, actions: [ { id, item?, order?, action, why, citation, certainty?, due? } ] }`. */
export function formatPlanJson(filePath: string, actions: ReadonlyArray<PlannedAction>): string {
  return terminalSafeJson(JSON.stringify({ filePath, actions: actions.map(contractFields) }, null, 2)) + "\n";
}

const WIDTH = 96;
const INDENT = "   ";
const CERTAINTY_NOTE = { secondary: "reported in secondary sources", check: "not confirmed: check before relying on it" } as const;

/** The plan as a person reads it in a terminal: each action numbered, wrapped, with why, authority and date. */
export function formatPlanText(filePath: string, hearingDate: IsoDate, actions: ReadonlyArray<PlanAction>): string {
  const shown = printablePath(filePath);
  if (actions.length === 0) {
    return `${shown}: nothing outstanding before the hearing on ${longDate(hearingDate)}: every item is secured, examined, valued and applied for, and every complainant is protected by an order applied for\n`;
  }
  const lines = [`${shown}: ${count(actions.length)} before the hearing on ${longDate(hearingDate)}`, ""];
  actions.forEach((action, index) => {
    const about = [action.item === undefined ? undefined : `item ${action.item}`, action.order === undefined ? undefined : `${action.order} order`].filter(Boolean).join(", ");
    lines.push(`${index + 1}. [${action.id}]${about === "" ? "" : ` ${printablePath(about)}`}`);
    lines.push(...wrap(action.action, INDENT));
    lines.push(...wrap(`Why: ${action.why}`, INDENT));
    const certainty = action.certainty === undefined ? "" : ` (${CERTAINTY_NOTE[action.certainty]})`;
    lines.push(...wrap(`Authority: ${action.citation}${certainty}`, INDENT));
    if (action.due !== undefined) lines.push(...wrap(`By: ${longDate(action.due)} (a date to check, as its Authority says)`, INDENT));
    lines.push("");
  });
  lines.push(`${count(actions.length)} outstanding.`);
  return lines.join("\n") + "\n";
}

function count(n: number): string {
  return `${n} action${n === 1 ? "" : "s"}`;
}

/** Words wrapped at WIDTH, each line indented; characters a terminal would act on are escaped. */
function wrap(text: string, indent: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of printablePath(text.replace(/\s+/g, " ")).split(/\s+/).filter(Boolean)) {
    if (line !== "" && indent.length + line.length + 1 + word.length > WIDTH) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") lines.push(indent + line);
  return lines;
}
