import { isCalendarDate } from "../case/dates";

/**
 * The formats the case schema uses. Kept apart from ajv itself: the precompiled
 * validator requires this module, and loading all of ajv would undo its saving.
 */
export const caseFormats = {
  date: { type: "string" as const, validate: isCalendarDate },
};
