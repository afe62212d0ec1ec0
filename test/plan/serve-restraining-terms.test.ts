import { actionsOf, chargeCase } from "./support";

describe("serve-restraining-terms", () => {
  it("gives the date 2 business days before the hearing to serve proposed terms by, as a date to check", () => {
    const c = chargeCase();
    c.hearing.date = "2026-12-16";
    const [action] = actionsOf("serve-restraining-terms", c);
    expect(action).toMatchObject({ order: "restraining", due: "2026-12-14", certainty: "check", citation: "Criminal Procedure Rules, Part 31" });
    expect(action.action).toContain("by 14 December 2026");
    expect(action.why).toContain("not confirmed (check)");
  });

  it("counts back over a weekend: a Monday hearing's date is the Thursday before", () => {
    const c = chargeCase();
    c.hearing.date = "2026-09-14";
    expect(actionsOf("serve-restraining-terms", c)[0].due).toBe("2026-09-10");
  });

  it("asks nothing once a restraining order is applied for (draft writes its notice)", () => {
    const c = chargeCase();
    c.applications = { restraining: { protects: ["C1"], until: "2031-09-13", terms: ["no-contact"] } };
    expect(actionsOf("serve-restraining-terms", c)).toEqual([]);
  });

  it("does not count a bank holiday: a hearing on Tuesday 1 September 2026 gives Thursday 27 August, over the August bank holiday", () => {
    const c = chargeCase();
    c.hearing.date = "2026-09-01";
    const [action] = actionsOf("serve-restraining-terms", c);
    expect(action.due).toBe("2026-08-27");
    expect(action.action).toContain("bank holidays not counted");
  });

  it("says so when the year is beyond the bank holiday data, and counts weekends only", () => {
    const c = chargeCase();
    c.hearing.date = "2031-09-02";
    const [action] = actionsOf("serve-restraining-terms", c);
    expect(action.due).toBe("2031-08-29");
    expect(action.action).toContain("not in ancillary's data");
  });
});
