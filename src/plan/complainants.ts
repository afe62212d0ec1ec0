import type { Case, Complainant } from "../case/types";
import { printableId } from "../rules/support/caseIndex";

/** A complainant as the plan names them: by cipher and id, never by name. */
export interface PlanComplainant {
  value: Complainant;
  /** "the complainant (C1)", or "the complainant (complainant 2)" where the id might hold the name. */
  label: string;
}

/**
 * The complainants an offence in the case is against, in the case's order,
 * that no restraining application protects yet.
 */
export function complainantsWithoutRestraining(theCase: Case): PlanComplainant[] {
  const named = new Set(theCase.offences.flatMap((offence) => (offence.complainant === undefined ? [] : [offence.complainant])));
  const protectedIds = new Set(theCase.applications?.restraining?.protects ?? []);
  return (theCase.complainants ?? []).flatMap((value, index) => {
    if (!named.has(value.id) || protectedIds.has(value.id)) return [];
    const id = printableId(theCase, value.id) ?? `complainant ${index + 1}`;
    return [{ value, label: `${value.cipher.trim()} (${id})` }];
  });
}
