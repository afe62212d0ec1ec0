import type { Rule } from "./types";
import jurisdiction from "./jurisdiction";
import codeCommencement from "./code-commencement";
import referencesResolve from "./references-resolve";
import convictionRequired from "./conviction-required";
import offenceInForce from "./offence-in-force";
import provisionPrecise from "./provision-precise";
import datesConsistent from "./dates-consistent";
import propertyCondition from "./property-condition";
import purposeCondition from "./purpose-condition";
import noPossessionOffence from "./no-possession-offence";
import informationNotProperty from "./information-not-property";
import propertyIdentified from "./property-identified";
import valueAndEffects from "./value-and-effects";
import proportionality from "./proportionality";
import remoteData from "./remote-data";
import complainantNamed from "./complainant-named";
import evidenceOfUse from "./evidence-of-use";
import thirdPartyProperty from "./third-party-property";
import destructionScope from "./destruction-scope";
import lawfulMaterial from "./lawful-material";
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
  provisionPrecise,
  datesConsistent,
  propertyCondition,
  purposeCondition,
  noPossessionOffence,
  informationNotProperty,
  propertyIdentified,
  valueAndEffects,
  proportionality,
  remoteData,
  complainantNamed,
  evidenceOfUse,
  thirdPartyProperty,
  destructionScope,
  lawfulMaterial,
  deprivationNotSought,
  unverifiedLaw,
  lawCurrency,
];
