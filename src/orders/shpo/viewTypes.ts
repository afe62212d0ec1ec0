import type { CaseView } from "../../view/types";

/**
 * What the sexual harm prevention order's templates receive
 * (src/orders/shpo/view.ts): the case, and the proposal, with each person the
 * offences were against named by cipher only.
 */
export interface ShpoView extends CaseView {
  shpo: ShpoApplicationView;
  law: ShpoLawView;
}

export interface ShpoApplicationView {
  /** The listing relied on, as the user states it (never verified). */
  listing: string | null;
  /** The order's last day ("14 September 2031"), or null for an order until further order. */
  until: string | null;
  untilFurtherOrder: boolean;
  necessity: string | null;
  /** What the defendant must not do, each "not to ...". */
  prohibitions: ShpoTermView[];
  /** What the defendant must do, each "to ...". */
  requirements: ShpoTermView[];
  /** The library terms proposed, for the notice's reasons: each worded by templates/partials/shpo-term-reason.hbs. */
  libraryTerms: ShpoTermView[];
  /** True when a term about online storage or encryption is proposed (docs/law.md [shpo-morgan-terms]). */
  unsettledTerms: boolean;
  /** The day the notice and draft are served by: the 2015 rule's business days before the hearing, counting England and Wales bank holidays. */
  serveBy: string;
  /** The number of business days in the 2015 text of the rule. */
  businessDays: number;
  /** False when the hearing is outside the years the bank holiday data is complete for. */
  serveByTrusted: boolean;
}

/** One term: a library term (`id`, worded by templates/partials/shpo-term.hbs) or one written for the case (`text`). */
export interface ShpoTermView {
  id: string | null;
  text: string | null;
  /** The people the offences were against, by cipher, for the library's wording. */
  whom: string;
}

export interface ShpoLawView {
  code: string;
  /** Part 11, Chapter 2: the power. */
  power: string;
  /** s.343(1A): it may require as well as forbid. */
  mayRequire: string;
  /** "29 November 2022" */
  mayRequireFrom: string;
  /** ss.345-346: the listed offence and the necessity test. */
  test: string;
  /** "Schedule 3 or 5 to the Sexual Offences Act 2003" */
  listingSchedules: string;
  /** s.354: breach. */
  breach: string;
  /** s.350(7): no discharge within five years without consents. */
  discharge: string;
  /** "Criminal Procedure Rules, Part 31": the Part only. */
  procedure: string;
  /** "rule 31.3 of the Criminal Procedure Rules 2015" */
  rule2015: string;
  /** "R v Parsons; Morgan [2017] EWCA Crim 2163" */
  internetTerms: string;
  anonymityAct: string;
}
