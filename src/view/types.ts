/**
 * What the templates receive: every order's view is a CaseView and its own
 * fields. Every string from the case is already cleaned and markup-inert;
 * enum-like keys (routes, levels) are raw for `eq`.
 */
export interface CaseView {
  reference: string;
  court: { level: "magistrates" | "crown"; location: string; locationUpper: string; caseNumber: string | null };
  hearingDate: string;
  defendant: { name: string; nameUpper: string; dateOfBirth: string | null; pronoun: "he" | "she" | "they" };
  offences: OffenceView[];
  /** Offences the defendant was convicted of (not those taken into consideration). */
  convictedOffences: OffenceView[];
  /** True if an offence carries lifelong complainant anonymity (law table: confirmed, not merely possible). */
  anonymity: boolean;
  otherSentence: string | null;
  prosecutor: { name: string; role: string; office: string; date: string };
}

export interface OffenceView {
  id: string;
  title: string;
  citation: string;
  particulars: string;
  committed: { single: boolean; on: string; from: string; to: string };
  convicted: boolean;
  conviction: { date: string; plea: "guilty" | "not-guilty" } | null;
  takenIntoConsideration: boolean;
  complainant: string | null;
}
