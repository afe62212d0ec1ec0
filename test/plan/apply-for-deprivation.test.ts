import { actionsOf, chargeCase } from "./support";

describe("apply-for-deprivation", () => {
  it("asks, at charge, to apply for the phone if the defendant is convicted, and gives no date (none found: check)", () => {
    const [action] = actionsOf("apply-for-deprivation", chargeCase());
    expect(action).toMatchObject({ item: "P1", order: "deprivation", certainty: "secondary" });
    expect(action.action).toMatch(/^If the defendant is convicted, apply for a deprivation order over P1/);
    expect(action.due).toBeUndefined();
    expect(action.why).toContain("(check)");
  });

  it("asks for it for the sentencing hearing once there is a conviction", () => {
    const c = chargeCase();
    c.offences[0].conviction = { date: "2026-08-03", plea: "guilty" };
    expect(actionsOf("apply-for-deprivation", c)[0].action).toMatch(/^For the sentencing hearing, apply/);
  });

  it("asks for nothing about an item already applied for", () => {
    const c = chargeCase();
    c.applications = { deprivation: { property: ["P1"] } };
    expect(actionsOf("apply-for-deprivation", c)).toEqual([]);
  });
});
