import type { CaseView, OffenceView } from "../view/types";

/**
 * What the results sheet's templates receive (src/result/view.ts): the case,
 * and what the court did on each order, offence by offence. People protected
 * appear by cipher only: no complainant's name reaches this view.
 */
export interface ResultView extends CaseView {
  result: {
    /** The day the court decided ("19 October 2026"). */
    date: string;
    /** Each convicted offence, with the orders made on it. */
    offences: ResultOffenceView[];
    /** True when no order is recorded for any offence. */
    nothingRecorded: boolean;
  };
  law: { deprivation: string; restraining: string; restrainingPeriod: string; shpo: string };
}

export interface ResultOffenceView {
  offence: OffenceView;
  deprivation: DeprivationResultView | null;
  restraining: RestrainingResultView | null;
  shpo: ShpoResultView | null;
}

/** What every order's result says: the decision in words and as flags for `#if`. */
export interface DecisionView {
  /** "made", "made in part", "refused" or "adjourned". */
  decision: string;
  made: boolean;
  inPart: boolean;
  refused: boolean;
  adjourned: boolean;
  adjournedTo: string | null;
  reasons: string | null;
}

export interface DeprivationResultView extends DecisionView {
  /** The items as ordered, numbered as in the case. */
  property: Array<{ number: number; description: string; identifiers: { exhibit: string | null; imei: string | null; serial: string | null } }>;
}

export interface RestrainingResultView extends DecisionView {
  protectedInWords: string;
  until: string | null;
  untilFurtherOrder: boolean;
  terms: Array<{ number: number; id: string | null; text: string | null; whom: string }>;
}

/** A sexual harm prevention order's result: its terms as made, worded by templates/partials/shpo-term.hbs. */
export interface ShpoResultView extends DecisionView {
  until: string | null;
  untilFurtherOrder: boolean;
  prohibitions: ShpoResultTermView[];
  requirements: ShpoResultTermView[];
}

/** One SHPO term: a library id, or the court's own words; `whom` is the people protected, by cipher. */
export interface ShpoResultTermView {
  id: string | null;
  text: string | null;
  whom: string;
}
