import type { Severity } from "./types";

/** A check that runs before the legal rules, on the file itself: it has no legal authority. */
export interface PreRuleCheck {
  /** As printed in [brackets] by validate; `ancillary explain <id>` prints docs/findings/<id>.md. */
  id: string;
  severity: Severity;
  /** One line for `ancillary rules` and SARIF. */
  summary: string;
}

/** The checks before the rules, in the order they run. */
export const PRE_RULE_CHECKS: ReadonlyArray<PreRuleCheck> = [
  {
    id: "yaml-syntax",
    severity: "error",
    summary: "The case file must be a single, well-formed YAML document (no duplicate keys, tabs for indentation, alias bombs or tags outside YAML's core schema).",
  },
  {
    id: "schema",
    severity: "error",
    summary: "The case must match the case format (schemas/case.schema.json): required fields present, no unknown fields, each value of the right type, numbers in plain digits.",
  },
];
