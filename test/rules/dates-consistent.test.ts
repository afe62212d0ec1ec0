import { findingsFor, validCase } from "../support/cases";

const paths = (c: ReturnType<typeof validCase>) => findingsFor("dates-consistent", c).map((f) => [f.path.join("."), f.severity]);

describe("dates-consistent", () => {
  it("accepts dates in a possible order", () => {
    expect(findingsFor("dates-consistent", validCase())).toEqual([]);
  });

  it("refuses a period charged whose `from` is after its `to`", () => {
    const c = validCase();
    c.offences[0].committed = { from: "2026-03-04", to: "2026-03-02" };
    expect(paths(c)).toEqual([["offences.0.committed.to", "error"]]);
  });

  it("refuses a conviction before the offence began", () => {
    const c = validCase();
    c.offences[0].conviction = { date: "2026-03-01", plea: "guilty" };
    const [finding] = findingsFor("dates-consistent", c);
    expect(finding).toMatchObject({ severity: "error", path: ["offences", 0, "conviction", "date"], citation: "Sentencing Act 2020, s.153(1)" });
    expect(finding.message).toContain("before the offence began");
  });

  it("refuses a conviction inside the period charged (before the offence ended)", () => {
    const c = validCase();
    c.offences[0].conviction = { date: "2026-03-03", plea: "guilty" };
    expect(findingsFor("dates-consistent", c)[0].message).toContain("before the end of the period");
  });

  it("accepts a conviction on the day of the offence", () => {
    const c = validCase();
    c.offences[0].committed = { on: "2026-03-02" };
    c.offences[0].conviction = { date: "2026-03-02", plea: "guilty" };
    expect(findingsFor("dates-consistent", c)).toEqual([]);
  });

  it("refuses a hearing before the latest conviction, once", () => {
    const c = validCase();
    c.offences.push({ ...c.offences[0], id: "O2", conviction: { date: "2026-09-20", plea: "not-guilty" } });
    expect(paths(c)).toEqual([["hearing.date", "error"]]);
  });

  it("refuses a seizure before the offence the item was used for began", () => {
    const c = validCase();
    c.property[0].seizure = { route: "seized-from-offender", date: "2026-03-01" };
    const [finding] = findingsFor("dates-consistent", c);
    expect(finding).toMatchObject({ path: ["property", 0, "seizure", "date"], citation: "Sentencing Act 2020, s.153(2)" });
  });

  it("accepts a seizure during the period charged", () => {
    const c = validCase();
    c.property[0].seizure = { route: "seized-from-offender", date: "2026-03-03" };
    expect(findingsFor("dates-consistent", c)).toEqual([]);
  });

  it("compares a seizure with every offence when the item names none", () => {
    const c = validCase();
    c.property[0].use = { route: "used-to-commit" };
    c.property[0].seizure = { route: "seized-from-offender", date: "2026-01-01" };
    expect(paths(c)).toEqual([["property.0.seizure.date", "error"]]);
  });

  it("refuses a date of birth after the offence", () => {
    const c = validCase();
    c.defendant.dateOfBirth = "2026-04-01";
    expect(paths(c)).toEqual([["defendant.dateOfBirth", "error"]]);
  });

  it("warns (no more) when the application is dated after the hearing", () => {
    const c = validCase();
    c.prosecutor.date = "2026-09-15";
    expect(paths(c)).toEqual([["prosecutor.date", "warning"]]);
  });

  it("accepts an application dated on the day of the hearing", () => {
    const c = validCase();
    c.prosecutor.date = c.hearing.date;
    expect(findingsFor("dates-consistent", c)).toEqual([]);
  });
});
