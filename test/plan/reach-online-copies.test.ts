import { actionsOf, chargeCase } from "./support";
import { orderTypes } from "../../src/orders/index";
import { defineOrderType } from "../../src/orders/types";
import { planCase } from "../../src/plan/planCase";
import { actionRules } from "../../src/plan/actions/index";
import { lawTable } from "../../src/law/lawTable";
import { caseViewShape } from "../../src/view/shape";
import type { Case } from "../../src/case/types";

const withPost = (): Case => {
  const c = chargeCase();
  c.property.push({ id: "P2", description: "Instagram account post showing the photograph", kind: "cloud-account", holdsIntimateImages: true });
  return c;
};

describe("reach-online-copies", () => {
  it("asks where an online post is and what will reach it, naming the routes, the platform report among them after it came into force", () => {
    const [action, ...rest] = actionsOf("reach-online-copies", withPost());
    expect(rest).toEqual([]);
    expect(action).toMatchObject({ item: "P2", certainty: "check" });
    expect(action.order).toBeUndefined();
    expect(action.action).toMatch(/^Record where P2 \(Instagram account post showing the photograph\) is held online/);
    expect(action.why).toContain("restraining order terms");
    expect(action.why).toContain("Online Safety Act 2023, s.20A");
  });

  it("does not name the platform report for a hearing before it came into force", () => {
    const c = withPost();
    c.hearing.date = "2026-05-01";
    c.prosecutor.date = "2026-04-20";
    expect(actionsOf("reach-online-copies", c)[0].why).not.toContain("s.20A");
  });

  it("asks for nothing once a restraining order applied for has a term that reaches it", () => {
    const c = withPost();
    c.applications = { restraining: { protects: ["C1"], until: "2031-09-13", terms: ["no-contact", "no-posting"] } };
    expect(actionsOf("reach-online-copies", c)).toEqual([]);
  });

  it("still asks when the restraining order applied for has no term that reaches online copies", () => {
    const c = withPost();
    c.applications = { restraining: { protects: ["C1"], until: "2031-09-13", terms: ["no-contact"] } };
    expect(actionsOf("reach-online-copies", c).map((a) => a.item)).toEqual(["P2"]);
  });

  it("hears from an order type added to the registry through its own remedyFor, with no change to plan", () => {
    const takedown = defineOrderType({
      id: "takedown",
      applicationKey: "takedown",
      applicationName: "takedown order application",
      appliedPath: "applications.takedown",
      schemaPointer: "/properties/applications/properties/takedown",
      isAppliedFor: () => true,
      rules: [],
      documents: [],
      buildView: () => ({}),
      viewShape: caseViewShape,
      remedyFor: (_case, item) => (item.kind === "cloud-account" ? { order: "takedown", terms: [{ id: "remove", text: null, whom: "the complainant" }] } : null),
      law: [],
    });
    const rule = actionRules.filter((r) => r.id === "reach-online-copies");
    expect(planCase(withPost(), lawTable, orderTypes, rule)).toHaveLength(1);
    expect(planCase(withPost(), lawTable, [...orderTypes, takedown], rule)).toEqual([]);
  });
});
