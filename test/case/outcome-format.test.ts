import { readFileSync } from "node:fs";
import { join } from "node:path";
import { orderTypes } from "../../src/orders/index";
import { analyseCaseText } from "../../src/pipeline/analyse";

const root = join(__dirname, "..", "..");
const example = readFileSync(join(root, "examples", "threat-with-cloud-backup-and-restraining.yaml"), "utf8");
const schema = JSON.parse(readFileSync(join(root, "schemas", "case.schema.json"), "utf8"));

const withOutcome = (yaml: string) => `${example}outcome:\n${yaml}`;

describe("the outcome section of the case format", () => {
  it("keys each order's outcome as its application is keyed, and no outcome without an order", () => {
    const keys = Object.keys(schema.properties.outcome.properties.orders.properties);
    const applicationKeys = orderTypes.map((o) => o.applicationKey);
    for (const key of keys) expect({ key, isAnOrder: applicationKeys.includes(key) }).toEqual({ key, isAnOrder: true });
  });

  it("describes every field for editors", () => {
    const walk = (node: Record<string, unknown>, path: string): string[] => {
      const props = (node.properties ?? {}) as Record<string, Record<string, unknown>>;
      return Object.entries(props).flatMap(([name, child]) => [...(child.description ? [] : [`${path}.${name}`]), ...walk(child, `${path}.${name}`)]);
    };
    expect(walk(schema.properties.outcome, "outcome")).toEqual([]);
  });

  it("reads an outcome with the orders made, refused and adjourned", () => {
    const analysis = analyseCaseText(
      withOutcome(
        "  date: 2026-10-19\n  orders:\n    deprivation: { decision: made, property: [P1], reasons: The phone held the photograph. }\n    restraining: { decision: adjourned, adjournedTo: 2026-11-02 }\n",
      ),
    );
    expect(analysis.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(analysis.case?.outcome?.orders.deprivation).toEqual({ decision: "made", property: ["P1"], reasons: "The phone held the photograph." });
  });

  it("refuses a decision the format does not know, at its line", () => {
    const analysis = analyseCaseText(withOutcome("  date: 2026-10-19\n  orders:\n    deprivation: { decision: granted, property: [P1] }\n"));
    const errors = analysis.diagnostics.filter((d) => d.severity === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: ["outcome", "orders", "deprivation", "decision"] });
    expect(analysis.case).toBeUndefined();
  });

  it("refuses an outcome for an order the format has no section for", () => {
    const analysis = analyseCaseText(withOutcome("  date: 2026-10-19\n  orders:\n    forfeiture: { decision: made }\n"));
    expect(analysis.diagnostics.some((d) => d.severity === "error" && d.path.join(".").startsWith("outcome.orders"))).toBe(true);
  });
});
