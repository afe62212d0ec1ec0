import { actionsOf, chargeCase } from "./support";

describe("identify-owners", () => {
  it("asks for nothing about a phone the defendant owns", () => {
    expect(actionsOf("identify-owners", chargeCase())).toEqual([]);
  });

  it.each([undefined, "unknown" as const])("asks who owns a laptop whose owner is %s", (ownership) => {
    const c = chargeCase();
    c.property[0].ownership = ownership;
    const [action] = actionsOf("identify-owners", c);
    expect(action.action).toMatch(/^Find out who owns P1 .*whether anyone else owns or shares it/);
    expect(action.citation).toBe("Sentencing Act 2020, s.152; O'Leary International Ltd v Chief Constable of North Wales [2012] EWHC 1516 (Admin)");
  });

  it("asks to identify the co-owner of a jointly owned laptop and what they knew of its use", () => {
    const c = chargeCase();
    c.property[0].ownership = "joint";
    const [action] = actionsOf("identify-owners", c);
    expect(action.action).toMatch(/^Identify who owns it with the defendant \(P1 .*\), and record .*what they knew of its use/);
  });
});
