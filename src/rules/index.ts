import type { Rule } from "./types";
import jurisdiction from "./jurisdiction";

/** Every rule, in the order `ancillary rules` lists them. Adding a rule: a file and a line here. */
export const allRules: ReadonlyArray<Rule> = [jurisdiction];
