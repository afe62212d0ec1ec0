import type Ajv2020 from "ajv/dist/2020";
import { createCaseAjv, schemaForValidate } from "../schema/caseAjv";
import { describeSchemaError } from "../schema/messages";
import type { CaseSchema } from "./schemaNode";

/** Checks one answer against its own part of the case schema: format first, before any law. */
export type AnswerCheck = (pointer: string, value: unknown) => string | undefined;

/**
 * One ajv holding the case schema as `validate` reads it; each field's check is
 * compiled from its JSON pointer the first time it is asked, so the interview
 * and `ancillary validate` cannot disagree about a value.
 */
export function answerChecker(schema: CaseSchema): AnswerCheck {
  let ajv: Ajv2020 | undefined;
  return (pointer, value) => {
    if (!ajv) {
      ajv = createCaseAjv();
      ajv.addSchema(schemaForValidate(schema as unknown as Record<string, unknown>));
    }
    const check = ajv.getSchema(`${schema.$id}#${pointer}`);
    if (!check) throw new Error(`no schema at ${pointer}`);
    if (check(value)) return undefined;
    const finding = describeSchemaError(check.errors![0]);
    // The message names the field as "the case" (the value is checked alone); the hint says what to write.
    return finding.hint ?? finding.message;
  };
}
