import { defineRule } from "./types";

export default defineRule({
  id: "jurisdiction",
  severity: "error",
  citation: "Sentencing Act 2020 (extends to England and Wales only)",
  summary: "The court must be in England and Wales: the Sentencing Code does not reach Scotland or Northern Ireland.",
  check({ case: theCase, law }) {
    if (theCase.court.jurisdiction === law.jurisdiction) return [];
    return [
      {
        message: `the court's jurisdiction is not England and Wales: ancillary drafts only under the Sentencing Act 2020, which does not extend to Scotland or Northern Ireland`,
        path: ["court", "jurisdiction"],
        hint: `write \`jurisdiction: ${law.jurisdiction}\` if the court sits in England or Wales; otherwise use the law of that jurisdiction`,
      },
    ];
  },
});
