import { actionsOf, chargeCase } from "./support";
import { weekdaysBefore } from "../../src/plan/due";

describe("serve-restraining-terms", () => {
  it("gives the date 2 weekdays before the hearing to serve proposed terms by, as a date to check", () => {
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
});

describe("weekdays before a date", () => {
  it.each([
    ["2026-12-16", 2, "2026-12-14"],
    ["2026-12-14", 2, "2026-12-10"],
    ["2026-12-13", 1, "2026-12-11"],
    ["2027-01-01", 2, "2026-12-30"],
  ])("%s less %i weekdays is %s", (date, days, expected) => {
    expect(weekdaysBefore(date, days)).toBe(expected);
  });
});
