import type { Rule } from "./types";
import jurisdiction from "./jurisdiction";
import codeCommencement from "./code-commencement";
import referencesResolve from "./references-resolve";
import convictionRequired from "./conviction-required";
import offenceInForce from "./offence-in-force";
import datesConsistent from "./dates-consistent";
import propertyCondition from "./property-condition";
import purposeCondition from "./purpose-condition";
import noPossessionOffence from "./no-possession-offence";
import propertyIdentified from "./property-identified";
import valueAndEffects from "./value-and-effects";
import remoteData from "./remote-data";
import complainantNamed from "./complainant-named";
import evidenceOfUse from "./evidence-of-use";
import thirdPartyProperty from "./third-party-property";
import deprivationNotSought from "./deprivation-not-sought";
import unverifiedLaw from "./unverified-law";
import lawCurrency from "./law-currency";

/** Every rule, in the order `ancillary rules` lists them. Adding a rule: a file and a line here. */
export const allRules: ReadonlyArray<Rule> = [
  jurisdiction,
  codeCommencement,
  referencesResolve,
  convictionRequired,
  offenceInForce,
  datesConsistent,
  propertyCondition,
  purposeCondition,
  noPossessionOffence,
  propertyIdentified,
  valueAndEffects,
  remoteData,
  complainantNamed,
  evidenceOfUse,
  thirdPartyProperty,
  deprivationNotSought,
  unverifiedLaw,
  lawCurrency,
];
