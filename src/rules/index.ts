import type { Rule } from "./types";
import jurisdiction from "./jurisdiction";
import codeCommencement from "./code-commencement";
import referencesResolve from "./references-resolve";
import convictionRequired from "./conviction-required";
import offenceInForce from "./offence-in-force";
import provisionPrecise from "./provision-precise";
import datesConsistent from "./dates-consistent";
import complainantNamed from "./complainant-named";
import unverifiedLaw from "./unverified-law";
import lawCurrency from "./law-currency";
import outcomeReferences from "./outcome-references";
import outcomeDate from "./outcome-date";
import outcomeDecision from "./outcome-decision";

/**
 * The rules for every case, whatever it applies for; each order type lists its
 * own (src/orders/<order>/index.ts), and src/orders/index.ts puts them all in
 * the order `ancillary rules` lists them: these first, then each order's, then
 * rulesAfterOrders. Adding a rule for every case: a file and a line here.
 */
export const rulesBeforeOrders: ReadonlyArray<Rule> = [
  jurisdiction,
  codeCommencement,
  referencesResolve,
  convictionRequired,
  offenceInForce,
  provisionPrecise,
  datesConsistent,
];

export const rulesAfterOrders: ReadonlyArray<Rule> = [
  outcomeReferences,
  outcomeDate,
  outcomeDecision,
  complainantNamed,
  unverifiedLaw,
  lawCurrency,
];
