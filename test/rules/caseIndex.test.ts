import { itemLabel, offencesNamed, withCaseIndex } from "../../src/rules/support/caseIndex";
import { allFindings, findingText, validCase } from "../support/cases";

describe("the case index the rules share", () => {
  it("takes an id that several offences share to name the first of them, as with property items", () => {
    const c = validCase();
    c.offences.push({ ...c.offences[0], committed: { on: "2025-01-01" } }, { ...c.offences[0], id: "O2" });
    expect(offencesNamed(c, ["O2", "O1", "O1", "O9"]).map((o) => o.index)).toEqual([0, 2]);
  });

  it("judges the case as it is at each check, not as it was at an earlier one", () => {
    const c = validCase();
    c.property[0].id = "PELHAM1";
    c.property[0].value = undefined;
    expect(withCaseIndex(c, () => itemLabel(c, 0))).toBe("property item 1 (by position)");
    c.complainants![0].name = "Anne Other";
    expect(withCaseIndex(c, () => itemLabel(c, 0))).toBe("property item PELHAM1");
    expect(findingText(allFindings(c))).toContain("PELHAM1");
  });

  it("looks each offence id up rather than going through every offence for every item", () => {
    const c = validCase();
    for (let i = 2; i <= 2000; i++) c.offences.push({ ...c.offences[0], id: `O${i}` });
    for (let i = 2; i <= 2000; i++) c.property.push({ ...c.property[0], id: `P${i}`, use: { ...c.property[0].use!, offences: [`O${i}`] } });
    let reads = 0;
    c.offences = new Proxy(c.offences, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    withCaseIndex(c, () => c.property.forEach((item) => offencesNamed(c, item.use?.offences)));
    // One pass to index the offences, then one read for each item's offence.
    expect(reads).toBeLessThan(3 * 2000);
  });
});
