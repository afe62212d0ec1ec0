import type { Case } from "../case/types";
import { longDate } from "../case/dates";
import { escapeUserText } from "../render/markupEscape";
import { buildCaseView } from "../view/caseView";
import { caseViewShape, type Shape } from "../view/shape";
import type { CaseView } from "../view/types";
import { planItems } from "./items";
import type { PlannedAction } from "./types";

/** What the checklist's template receives: the case's heading and each action, made markup-inert. */
export interface ChecklistView extends CaseView {
  plan: {
    actions: ChecklistActionView[];
    /** The items the actions name, in the case's order, with their descriptions: the checklist's key. */
    items: Array<{ ref: string; description: string }>;
    /** True when nothing is outstanding. */
    none: boolean;
  };
}

export interface ChecklistActionView {
  number: number;
  id: string;
  item: string | null;
  /** The action in a few words; the full wording is the plan's own output. */
  brief: string;
  citation: string;
  /** "reported, not read in the original" or "not confirmed: check", where the authority is not statute. */
  certainty: string | null;
  /** "14 December 2026 (check)" */
  due: string | null;
}

const CERTAINTY_WORDS = { secondary: "reported", check: "not confirmed: check" } as const;

export function buildChecklistView(theCase: Case, actions: ReadonlyArray<PlannedAction>): ChecklistView {
  const named = new Set(actions.map((action) => action.item));
  return {
    ...buildCaseView(theCase),
    plan: {
      none: actions.length === 0,
      items: planItems(theCase)
        .filter((item) => named.has(item.ref))
        .map((item) => ({ ref: escapeUserText(item.ref), description: escapeUserText(item.value.description) })),
      actions: rows(actions).map((row, index) => ({
        number: index + 1,
        id: row.id,
        item: row.items.length === 0 ? null : escapeUserText(row.items.join(", ")),
        brief: escapeUserText(row.brief),
        citation: escapeUserText(row.citation),
        certainty: row.certainty === undefined ? null : CERTAINTY_WORDS[row.certainty],
        due: row.due === undefined ? null : longDate(row.due),
      })),
    },
  };
}

/**
 * One row for each thing to do: actions that ask the same thing on the same
 * authority of several items share a row naming them all ("P1, P2"), so the
 * checklist grows with what there is to do rather than with the items.
 */
function rows(actions: ReadonlyArray<PlannedAction>): Array<PlannedAction & { items: string[] }> {
  const byKey = new Map<string, PlannedAction & { items: string[] }>();
  for (const action of actions) {
    const key = JSON.stringify([action.id, action.item === undefined, action.brief, action.citation, action.certainty, action.due]);
    const row = byKey.get(key) ?? { ...action, items: [] };
    if (action.item !== undefined) row.items.push(action.item);
    byKey.set(key, row);
  }
  return [...byKey.values()];
}

/** The shape of that view, for `ancillary check`: tied to ChecklistView by the compiler. */
export const checklistViewShape: Shape<ChecklistView> = {
  ...caseViewShape,
  plan: {
    actions: [{ number: "number", id: "text", item: "text", brief: "text", citation: "text", certainty: "text", due: "text" }],
    items: [{ ref: "text", description: "text" }],
    none: "yes/no",
  },
};
