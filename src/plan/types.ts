import type { Case } from "../case/types";
import type { IsoDate } from "../case/dates";
import type { LawTable, Certainty } from "../law/lawTable";
import type { OrderType } from "../orders/types";

/**
 * One thing to do now so that an order is available at sentence: what
 * `ancillary plan` prints, and the contract of its `--format json`.
 */
export interface PlanAction {
  /** The action rule's id (kebab-case, stable: never renamed). */
  id: string;
  /** The property item it concerns, by id (or by position where the id might name the complainant). */
  item?: string;
  /** The order it concerns, by the registry's id ("deprivation", "restraining"). */
  order?: string;
  /** What to do, in plain words. */
  action: string;
  /** Why, in plain words, with the law it rests on. */
  why: string;
  /** The authority: an Act and section, or a case. */
  citation: string;
  /** How sure the law notes are, where the authority is not statute read in the legislation. */
  certainty?: Exclude<Certainty, "statute">;
  /** The date by which it should be done, where one follows from the case. */
  due?: IsoDate;
}

/** What an action rule reads: the typed case, the law table and the order types. */
export interface PlanContext {
  case: Case;
  law: LawTable;
  orders: ReadonlyArray<OrderType>;
}

/** An action as the plan keeps it: the contract's fields, and the few words the one-page checklist prints for it. */
export interface PlannedAction extends PlanAction {
  /** The action in a few words, naming no item ("Have it examined for evidence of its use"): the checklist's row. */
  brief: string;
}

/** What an action rule reports: its id, citation and certainty are filled in from its metadata unless the report narrows them. */
export type ActionReport = Omit<PlannedAction, "id" | "citation" | "certainty"> & {
  citation?: string;
  certainty?: Certainty;
};

export interface ActionRuleMeta {
  /** Kebab-case id, part of the public interface: never rename. */
  id: string;
  /** The authority, e.g. "Sentencing Act 2020, s.153(2)". */
  citation: string;
  /** How sure docs/law.md is of that authority. */
  certainty: Certainty;
  /** One line: when the action is asked for. */
  summary: string;
}

export interface ActionRule extends ActionRuleMeta {
  check(context: PlanContext): ActionReport[];
}

/** Declares an action rule; the type keeps metadata and check together. */
export function defineAction(rule: ActionRule): ActionRule {
  return rule;
}

/** A report as the action it becomes, its fields in the contract's order. */
export function toAction(rule: ActionRuleMeta, report: ActionReport): PlannedAction {
  const certainty = report.certainty ?? rule.certainty;
  return {
    id: rule.id,
    ...(report.item === undefined ? {} : { item: report.item }),
    ...(report.order === undefined ? {} : { order: report.order }),
    action: report.action,
    why: report.why,
    citation: report.citation ?? rule.citation,
    ...(certainty === "statute" ? {} : { certainty }),
    ...(report.due === undefined ? {} : { due: report.due }),
    brief: report.brief,
  };
}

/** An action as `--format json` gives it: the contract's fields only, in its order. */
export function contractFields({ brief: _brief, ...action }: PlannedAction): PlanAction {
  return action;
}
