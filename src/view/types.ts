/**
 * What the templates receive. Every string from the case is already cleaned
 * and markup-inert; enum-like keys (routes, levels) are raw for `eq`.
 */
export interface ViewModel {
  reference: string;
  court: { level: "magistrates" | "crown"; location: string; locationUpper: string };
  hearingDate: string;
  defendant: { name: string; nameUpper: string; dateOfBirth: string | null; pronoun: "he" | "she" | "they" };
  offences: OffenceView[];
  convictedOffences: OffenceView[];
  /** True if any offence carries lifelong complainant anonymity (law table). */
  anonymity: boolean;
  property: PropertyView[];
  application: {
    effectsOnOffender: string | null;
    disposal: "destroy" | "retain-for-evidence" | "other" | null;
    totalValue: string | null;
    /** True if any item is owned jointly, by someone else, or by nobody known. */
    otherInterests: boolean;
  };
  otherSentence: string | null;
  prosecutor: { name: string; role: string; office: string; date: string };
  law: LawView;
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

export interface PropertyView {
  number: number;
  id: string;
  description: string;
  kind: string;
  identifiers: { exhibit: string | null; imei: string | null; serial: string | null };
  seizure: { route: string; date: string | null };
  use: { route: string; offences: Array<{ title: string; citation: string }>; evidence: string | null };
  ownership: string;
  value: string | null;
}

export interface LawView {
  code: string;
  power: string;
  definition: string;
  propertyCondition: string;
  purposeCondition: string;
  regard: string;
  thirdPartyAct: string;
  thirdPartyMonths: number;
  /** The Act giving complainants lifelong anonymity. */
  anonymityAct: string;
  /** R v Hall: property need not have been seized on arrest. */
  hall: string;
  /** The CPS guidance asking prosecutors to seek the order. */
  cpsGuidance: string;
  /** True when the guidance had been published by the hearing date. */
  cpsGuidanceBeforeHearing: boolean;
}
