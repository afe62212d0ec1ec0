import type { Case } from "../../src/case/types";
import { actionRules } from "../../src/plan/actions/index";
import { planCase } from "../../src/plan/planCase";
import type { PlannedAction } from "../../src/plan/types";
import { validCase } from "../support/cases";

/**
 * A fictional case at charge: validCase() with no conviction and nothing
 * applied for, its phone seized and examined, valued, owned by the defendant
 * and holding no lawful material he needs, and the complainant already
 * protected by nothing. Tests change what they need.
 */
export function chargeCase(): Case {
  const c = validCase();
  delete c.offences[0].conviction;
  delete c.applications;
  c.property[0].lawfulMaterial = "none: he has said he needs nothing from it";
  return c;
}

/** The actions one action rule asks for in a case. */
export function actionsOf(id: string, theCase: Case): PlannedAction[] {
  const rule = actionRules.find((r) => r.id === id);
  if (!rule) throw new Error(`no action rule ${id}`);
  return planCase(theCase, undefined, undefined, [rule]);
}
