import type { CaseView } from "../../view/types";

/**
 * What the restraining order's templates receive (src/orders/restraining/view.ts):
 * the case, and the application with each person protected by cipher only.
 */
export interface RestrainingView extends CaseView {
  restraining: RestrainingApplicationView;
  law: RestrainingLawView;
}

export interface RestrainingApplicationView {
  /** The people protected, by cipher, in the case's order. */
  protectedPeople: Array<{ cipher: string }>;
  /** Their ciphers in words: "the complainant", "Person A and Person B". */
  protectedInWords: string;
  /** True when more than one person is protected. */
  severalProtected: boolean;
  /** The order's last day ("14 September 2031"), or null for an order until further order. */
  until: string | null;
  untilFurtherOrder: boolean;
  necessity: string | null;
  terms: TermView[];
}

/** One term: a library term (`id`, worded by templates/partials/restraining-term.hbs) or one written for the case (`text`). */
export interface TermView {
  number: number;
  id: string | null;
  text: string | null;
  /** The people protected, in words, for the library's wording. */
  whom: string;
}

export interface RestrainingLawView {
  code: string;
  /** s.359: the power. */
  power: string;
  /** s.359(1): it prohibits. */
  prohibits: string;
  /** s.359(2): a fixed period or until further order. */
  period: string;
  /** s.360(2): to protect from harassment or fear of violence. */
  necessity: string;
  /** s.360(3): only in addition to dealing with the offender. */
  inAddition: string;
  /** s.361: variation and discharge. */
  variation: string;
  /** "Criminal Procedure Rules, Part 31": the Part only. */
  procedure: string;
  anonymityAct: string;
  anonymitySection: string;
}
