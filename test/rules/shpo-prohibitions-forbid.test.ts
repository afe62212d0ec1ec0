import { findingsFor, shpoCase } from "../support/cases";

const withProhibition = (text: string) => shpoCase({ prohibitions: ["no-images-of-complainant", { text }] });

describe("shpo-prohibitions-forbid", () => {
  it("accepts library prohibitions and one of the case's own written \"not to ...\"", () => {
    expect(findingsFor("shpo-prohibitions-forbid", withProhibition("not to use any social media account under another name"))).toEqual([]);
  });

  it.each([
    ["must tell the police of any new address", "belongs among the requirements"],
    ["to tell the police of any new phone", "does not start \"not to\""],
    ["delete the recordings from every device", "belongs among the requirements"],
    ["must not use a messaging app", "words of its own"],
    ["not to fail to tell the police of a new phone", "double negative"],
  ])("refuses a prohibition written as something else: %s", (text, why) => {
    const findings = findingsFor("shpo-prohibitions-forbid", withProhibition(text));
    expect(findings).toEqual([expect.objectContaining({ severity: "error", path: ["applications", "shpo", "prohibitions", 1, "text"] })]);
    expect(findings[0].message).toContain(why);
    expect(findings[0].message).not.toContain(text);
  });
});
