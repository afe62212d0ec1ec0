import { actionsOf, chargeCase } from "./support";

describe("name-the-medium", () => {
  it("asks for nothing when every item is a thing", () => {
    expect(actionsOf("name-the-medium", chargeCase())).toEqual([]);
  });

  it("asks for the phone, drive or print that holds image files listed as an item (Your Response, by analogy)", () => {
    const c = chargeCase();
    c.property.push({ id: "P2", description: "Image files of the complainant", kind: "other", holdsIntimateImages: true });
    const [action] = actionsOf("name-the-medium", c);
    expect(action).toMatchObject({ item: "P2", certainty: "secondary", citation: "Your Response Ltd v Datateam Business Media Ltd [2014] EWCA Civ 281" });
    expect(action.action).toMatch(/^Find the phone, drive, card or print that holds P2/);
  });
});
