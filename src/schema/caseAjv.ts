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
 * Keywords the interview (`ancillary init --interview`, src/interview/) reads:
 * `refersTo` names the list whose ids a reference field takes (an item's
 * `use.offences` refers to `offences`), so the user picks from what they entered.
 */
export const INTERVIEW_KEYWORDS = ["refersTo"];

/**
 * The one ajv set-up for the case schema, used both to compile at run time and
 * to precompile at build time (scripts/build-validator.js), so the two agree.
 * `verbose` gives messages.ts the data and schema behind each error.
 */
export function createCaseAjv(extra: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true, formats: caseFormats, ...extra });
  ajv.addVocabulary([...EDITOR_KEYWORDS, ...INTERVIEW_KEYWORDS]);
  return ajv;
}

/**
 * The case schema as `validate` checks it. The published schema lets text be a
 * bare number (an unquoted URN or IMEI), so that an editor accepts what
 * `validate` accepts; but `validate` must take such a number as its exact source
 * text (leading zeros and all), which the parsed value has lost. So here text is
 * checked as strings only: ajv reports each number written as text, and
 * validateSchema puts back what the file says.
 */
export function schemaForValidate(schema: Record<string, unknown>): Record<string, unknown> {
  const defs = schema.$defs as Record<string, Record<string, unknown>>;
  return { ...schema, $defs: { ...defs, text: { ...defs.text, type: "string" } } };
}
