import { actionsOf, chargeCase } from "./support";

describe("examine-for-evidence-of-use", () => {
  it("asks for nothing about a phone whose download found the photograph", () => {
    expect(actionsOf("examine-for-evidence-of-use", chargeCase())).toEqual([]);
  });

  it("asks for forensic evidence for a laptop no one examined (Wright-Hadley)", () => {
    const c = chargeCase();
    c.property.push({ id: "P2", description: "Lenovo ThinkPad laptop, black", kind: "device", seizure: { route: "seized-from-offender" }, holdsIntimateImages: true });
    const [action, ...rest] = actionsOf("examine-for-evidence-of-use", c);
    expect(rest).toEqual([]);
    expect(action).toMatchObject({ item: "P2", order: "deprivation", certainty: "secondary" });
    expect(action.action).toMatch(/^Have P2 \(Lenovo ThinkPad laptop, black\) forensically examined/);
    expect(action.citation).toContain("R v Wright-Hadley [2022] EWCA Crim 446");
    expect(action.why).toContain("criminal standard");
  });

  it("asks the same of a phone whose use is recorded with blank evidence", () => {
    const c = chargeCase();
    c.property[0].use!.evidence = "  ";
    expect(actionsOf("examine-for-evidence-of-use", c).map((a) => a.item)).toEqual(["P1"]);
  });

  it("asks what shows that printed photographs were used, not for a forensic examination", () => {
    const c = chargeCase();
    c.property.push({ id: "P2", description: "Twelve printed photographs in an envelope", kind: "printed-material", seizure: { route: "seized-from-offender" }, holdsIntimateImages: true });
    const [action] = actionsOf("examine-for-evidence-of-use", c);
    expect(action.action).toMatch(/^Record what shows that P2 .* was used, or intended by the defendant to be used/);
    expect(action.action).not.toContain("forensic");
  });
});
