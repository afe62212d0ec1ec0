import { shpoCitation } from "../law/lawTable";
import { defineRule } from "./types";

export default defineRule({
  id: "shpo-terms",
  severity: "error",
  citation: shpoCitation("mayRequire"),
  summary: "A sexual harm prevention order proposal must list at least one prohibition or requirement: without one there is no order to draft.",
  check({ case: theCase }) {
    const applied = theCase.applications?.shpo;
    if (applied === undefined || (applied.prohibitions ?? []).length + (applied.requirements ?? []).length > 0) return [];
    return [
      {
        message: "the sexual harm prevention order proposal lists no prohibition and no requirement, so no notice or draft order can be drafted for it",
        path: ["applications", "shpo"],
        hint: "add `prohibitions:` or `requirements:` with library ids or terms of your own, or remove `shpo:` if no such order is proposed",
      },
    ];
  },
});
