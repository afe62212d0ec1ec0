import { findingsFor, shpoCase } from "../support/cases";

const withRequirement = (text: string) => shpoCase({ requirements: ["notify-devices", { text }] });

describe("shpo-requirements-require", () => {
  it("accepts library requirements and one of the case's own written \"to ...\"", () => {
    expect(findingsFor("shpo-requirements-require", withRequirement("to tell the police of any change of name within 3 days"))).toEqual([]);
  });

  it.each(["not to use any messaging app the police have not been told of", "must not go online", "never to delete his browsing history"])(
    "refuses a prohibition written among the requirements: %s",
    (text) => {
      const findings = findingsFor("shpo-requirements-require", withRequirement(text));
      expect(findings).toEqual([expect.objectContaining({ severity: "error", path: ["applications", "shpo", "requirements", 1, "text"] })]);
      expect(findings[0].message).toContain("written as a prohibition");
      expect(findings[0].message).not.toContain(text);
    },
  );

  it("refuses a requirement that does not read on from the order's words", () => {
    expect(findingsFor("shpo-requirements-require", withRequirement("tell the police of any new phone"))[0].message).toContain("does not start \"to\"");
  });
});
