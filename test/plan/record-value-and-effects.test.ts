import { actionsOf, chargeCase } from "./support";

describe("record-value-and-effects", () => {
  it("asks what losing the items would mean for the defendant while no application says so (s.155)", () => {
    const actions = actionsOf("record-value-and-effects", chargeCase());
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ order: "deprivation", citation: "Sentencing Act 2020, s.155", certainty: "secondary" });
    expect(actions[0].item).toBeUndefined();
    expect(actions[0].why).toContain("value of the property");
  });

  it("asks for the value of a phone no one has valued", () => {
    const c = chargeCase();
    delete c.property[0].value;
    expect(actionsOf("record-value-and-effects", c).map((a) => [a.item, a.action.startsWith("Find out and record what P1")])).toEqual([
      ["P1", true],
      [undefined, false],
    ]);
  });

  it("asks for nothing once the application says what the loss would mean and every item is valued", () => {
    const c = chargeCase();
    c.applications = { deprivation: { property: ["P1"], effectsOnOffender: "He can replace it." } };
    expect(actionsOf("record-value-and-effects", c)).toEqual([]);
  });

  it("asks nothing of a case with no item an order could take", () => {
    const c = chargeCase();
    c.property = [];
    expect(actionsOf("record-value-and-effects", c)).toEqual([]);
  });
});
