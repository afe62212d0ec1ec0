import { actionsOf, chargeCase } from "./support";

describe("ask-complainant-views", () => {
  it("asks the complainant's views on a restraining order, by cipher and never by name", () => {
    const c = chargeCase();
    const [action, ...rest] = actionsOf("ask-complainant-views", c);
    expect(rest).toEqual([]);
    expect(action).toMatchObject({ order: "restraining", certainty: "secondary" });
    expect(action.action).toMatch(/^Ask the complainant \(C1\) for their views on a restraining order/);
    expect(action.citation).toBe("Sentencing Act 2020, s.360(2); Crown Prosecution Service legal guidance on restraining orders");
    expect(JSON.stringify(action)).not.toMatch(/Joanna|Pelham/);
  });

  it("withholds an id that might hold the complainant's name, naming her by position", () => {
    const c = chargeCase();
    c.complainants![0].id = "PELHAM";
    c.offences[0].complainant = "PELHAM";
    const [action] = actionsOf("ask-complainant-views", c);
    expect(action.action).toContain("the complainant (complainant 1)");
    expect(JSON.stringify(action)).not.toMatch(/pelham/i);
  });

  it("asks nothing of a complainant a restraining order applied for protects", () => {
    const c = chargeCase();
    c.applications = { restraining: { protects: ["C1"], until: "2031-09-13", terms: ["no-contact"] } };
    expect(actionsOf("ask-complainant-views", c)).toEqual([]);
  });

  it("asks nothing where no offence is against a complainant", () => {
    const c = chargeCase();
    delete c.offences[0].complainant;
    expect(actionsOf("ask-complainant-views", c)).toEqual([]);
  });
});
