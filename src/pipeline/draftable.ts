import type { Case } from "../case/types";

/**
 * Why a rule-clean case still cannot be drafted, or undefined if it can. A case
 * may validate with no deprivation application (a warning), but an order over
 * no property would be an empty document.
 */
export function reasonNotDraftable(theCase: Case): string | undefined {
  const applied = theCase.applications?.deprivation?.property ?? [];
  if (applied.length === 0) {
    return "the case has no deprivation application (applications.deprivation.property), so there is no order to draft: add the items to apply for, or use `ancillary validate` to check the case alone";
  }
  return undefined;
}
