import { actionsOf, chargeCase } from "./support";

describe("record-lawful-material", () => {
  it("asks for nothing about a phone the defendant needs nothing from", () => {
    expect(actionsOf("record-lawful-material", chargeCase())).toEqual([]);
  });

  it("asks what lawful material a phone holds when the case does not say (Tan)", () => {
    const c = chargeCase();
    delete c.property[0].lawfulMaterial;
    const [action] = actionsOf("record-lawful-material", c);
    expect(action).toMatchObject({ item: "P1", certainty: "secondary" });
    expect(action.citation).toBe("R v Tan [2024] EWCA Crim 1104; Daniels v R [2024] EWCA Crim 1395");
  });

  it("asks how lawful material will be copied off an item applied for with no window to do it", () => {
    const c = chargeCase();
    c.property[0].lawfulMaterial = "photographs of his children";
    c.applications = { deprivation: { property: ["P1"] } };
    const [action] = actionsOf("record-lawful-material", c);
    expect(action.action).toMatch(/^Propose how, and within how many days, the lawful material on P1/);
    c.applications.deprivation!.retrieval = { days: 28, arrangement: "copied by the police" };
    expect(actionsOf("record-lawful-material", c)).toEqual([]);
  });

  it("does not ask it of printed material", () => {
    const c = chargeCase();
    c.property[0].kind = "printed-material";
    c.property[0].description = "Printed photographs in an envelope";
    delete c.property[0].lawfulMaterial;
    expect(actionsOf("record-lawful-material", c)).toEqual([]);
  });
});
