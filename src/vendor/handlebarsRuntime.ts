/**
 * Handlebars' runtime (no compiler), as drafting loads it to render the
 * precompiled templates: one file in the build rather than 22 (see yaml.ts here).
 */
import runtime from "handlebars/runtime";

export default runtime;
