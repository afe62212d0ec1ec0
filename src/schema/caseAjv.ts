import Ajv2020, { type Options } from "ajv/dist/2020";
import { caseFormats } from "./caseFormats";

/**
 * Keywords the case schema carries for editors, which ajv only has to accept:
 * `markdownDescription` (the hover text, rendered), `errorMessage` and
 * `patternErrorMessage` (what the yaml-language-server says instead of its
 * generic "Matches a schema that is not allowed" or a regular expression).
 * `ancillary validate` words its findings itself (messages.ts).
 */
const EDITOR_KEYWORDS = ["markdownDescription", "errorMessage", "patternErrorMessage"];

/**
 * The one ajv set-up for the case schema, used both to compile at run time and
 * to precompile at build time (scripts/build-validator.js), so the two agree.
 * `verbose` gives messages.ts the data and schema behind each error.
 */
export function createCaseAjv(extra: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true, formats: caseFormats, ...extra });
  ajv.addVocabulary(EDITOR_KEYWORDS);
  return ajv;
}

