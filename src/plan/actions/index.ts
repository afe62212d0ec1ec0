import type { ActionRule } from "../types";
import seizeOrRecordPossession from "./seize-or-record-possession";
import examineForEvidenceOfUse from "./examine-for-evidence-of-use";
import nameTheMedium from "./name-the-medium";
import recordValueAndEffects from "./record-value-and-effects";
import recordLawfulMaterial from "./record-lawful-material";
import identifyOwners from "./identify-owners";
import applyForDeprivation from "./apply-for-deprivation";
import reachOnlineCopies from "./reach-online-copies";
import askComplainantViews from "./ask-complainant-views";
import serveRestrainingTerms from "./serve-restraining-terms";

/**
 * Every action rule, in the order a plan lists what they ask: the items
 * first (secure them, prove their use, what the court weighs, who owns them,
 * the application), then the copies beyond them, then the complainant and
 * the dates. Adding one: a file in this folder, its page in docs/plan/ and a
 * line here.
 */
export const actionRules: ReadonlyArray<ActionRule> = [
  seizeOrRecordPossession,
  examineForEvidenceOfUse,
  nameTheMedium,
  recordValueAndEffects,
  recordLawfulMaterial,
  identifyOwners,
  applyForDeprivation,
  reachOnlineCopies,
  askComplainantViews,
  serveRestrainingTerms,
];
