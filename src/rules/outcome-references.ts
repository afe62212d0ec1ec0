import type { CasePath } from "../diagnostics/types";
import { lawTable } from "../law/lawTable";
import { theOrder } from "../case/orderNames";
import { defineRule, type RuleReport } from "./types";

/**
 * Every id the outcome names (items ordered, offences, complainants protected)
 * must be one the case defines: a results sheet would otherwise record an order
 * over something the case does not describe.
 */
export default defineRule({
  id: "outcome-references",
  severity: "error",
  citation: `${lawTable.deprivation.act}, ss.152-153`,
  summary: "The outcome may name only items, offences and complainants the case defines.",
  check({ case: theCase }) {
    const orders = theCase.outcome?.orders;
    if (!orders) return [];
    const known = {
      property: new Set(theCase.property.map((p) => p.id)),
      offences: new Set(theCase.offences.map((o) => o.id)),
      protects: new Set((theCase.complainants ?? []).map((c) => c.id)),
    };
    const nouns = { property: "property item", offences: "offence", protects: "complainant" } as const;
    const sections = { property: "property", offences: "offences", protects: "complainants" } as const;
    const reports: RuleReport[] = [];
    for (const [key, outcome] of Object.entries(orders) as Array<[string, Record<string, unknown> | undefined]>) {
      if (!outcome) continue;
      for (const field of ["property", "offences", "protects"] as const) {
        const ids = outcome[field];
        if (!Array.isArray(ids)) continue;
        ids.forEach((id: string, k: number) => {
          if (known[field].has(id)) return;
          const path: CasePath = ["outcome", "orders", key, field, k];
          reports.push({
            message: `the outcome of ${theOrder(key)} names a ${nouns[field]} that is not in \`${sections[field]}\``,
            path,
            hint: `use the id of a ${nouns[field]} under \`${sections[field]}\`, or add it there`,
          });
        });
      }
    }
    return reports;
  },
});
