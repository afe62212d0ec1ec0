import { actionsOf, chargeCase } from "./support";

describe("seize-or-record-possession", () => {
  it("asks for nothing about a phone seized from the defendant", () => {
    expect(actionsOf("seize-or-record-possession", chargeCase())).toEqual([]);
  });

  it("asks to seize a phone not seized, or to record that he had it when arrested or summonsed (s.153(2))", () => {
    const c = chargeCase();
    c.property[0].seizure = { route: "not-seized" };
    const [action, ...rest] = actionsOf("seize-or-record-possession", c);
    expect(rest).toEqual([]);
    expect(action).toMatchObject({ id: "seize-or-record-possession", item: "P1", order: "deprivation", citation: "Sentencing Act 2020, s.153(2)" });
    expect(action.action).toMatch(/^Seize P1 \(Samsung Galaxy S23 mobile telephone.*\), or record .*arrested for the offence or when a summons for it was issued/);
    expect(action.certainty).toBeUndefined();
  });

  it("asks the same of a phone whose seizure the case does not record", () => {
    const c = chargeCase();
    delete c.property[0].seizure;
    expect(actionsOf("seize-or-record-possession", c).map((a) => a.item)).toEqual(["P1"]);
  });

  it("asks for a surer route than a requisition, saying that a requisition counting as a summons is not confirmed", () => {
    const c = chargeCase();
    c.property[0].seizure = { route: "possessed-at-requisition", date: "2026-03-10" };
    const [action] = actionsOf("seize-or-record-possession", c);
    expect(action.certainty).toBe("check");
    expect(action.citation).toBe("Sentencing Act 2020, s.153(2); Criminal Justice Act 2003, s.29");
    expect(action.why).toContain("not confirmed (check)");
  });

  it("leaves alone an item that holds no images and was used for nothing", () => {
    const c = chargeCase();
    c.property[0].seizure = { route: "not-seized" };
    c.property[0].holdsIntimateImages = false;
    delete c.property[0].use;
    expect(actionsOf("seize-or-record-possession", c)).toEqual([]);
  });

  it("leaves an online account to reach-online-copies: it is not seized", () => {
    const c = chargeCase();
    c.property.push({ id: "P2", description: "Dropbox account holding the photograph", kind: "cloud-account", holdsIntimateImages: true });
    expect(actionsOf("seize-or-record-possession", c)).toEqual([]);
  });
});
