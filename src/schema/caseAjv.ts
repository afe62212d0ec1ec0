import Ajv2020, { type Options } from "ajv/dist/2020";
import { caseFormats } from "./caseFormats";

/**
 * The one ajv set-up for the case schema, used both to compile at run time and
 * to precompile at build time (scripts/build-validator.js), so the two agree.
 * `verbose` gives messages.ts the data and schema behind each error.
 */
export function createCaseAjv(extra: Options = {}): Ajv2020 {
  return new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true, formats: caseFormats, ...extra });
}
