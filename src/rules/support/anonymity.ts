import type { Case, Complainant } from "../../case/types";
import type { LawTable } from "../../law/lawTable";

/**
 * The complainants whose anonymity the documents must keep: those of offences
 * that carry it, or may (where the law table cannot confirm it either way), or
 * every complainant if such an offence names none (or names one that is not
 * listed), since the tool cannot tell whose it is.
 */
export function protectedComplainants(theCase: Case, law: LawTable): Complainant[] {
  const all = theCase.complainants ?? [];
  const anonymous = theCase.offences.filter((o) => law.offence(o.provision)?.anonymity !== false);
  if (anonymous.length === 0) return [];
  const ids = new Set(anonymous.map((o) => o.complainant));
  if ([...ids].some((id) => id === undefined || !all.some((c) => c.id === id))) return all;
  return all.filter((c) => ids.has(c.id));
}
