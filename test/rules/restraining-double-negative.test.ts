import { findingsFor, restrainingCase } from "../support/cases";

const withTerm = (text: string) => findingsFor("restraining-double-negative", restrainingCase({ terms: [{ text }] }));

describe("restraining-double-negative", () => {
  it("accepts a term that starts with what he must not do", () => {
    expect(withTerm("enter Ashby Road, Hinckley")).toEqual([]);
  });

  it.each(["not to enter Ashby Road, Hinckley", "Not enter the town centre", "must not contact the complainant", "he is prohibited from contacting her", "never contact her", "refrain from contacting her"])(
    "refuses a term that would read as a double negative after \"must not\": %s",
    (text) => {
      const findings = withTerm(text);
      expect(findings).toEqual([expect.objectContaining({ severity: "error", path: ["applications", "restraining", "terms", 0, "text"] })]);
      expect(findings[0].hint).toContain("drop the opening");
    },
  );

  it("accepts a term whose negative comes later in it", () => {
    expect(withTerm("contact anyone who is not a lawyer to ask about the complainant")).toEqual([]);
  });

  it("leaves the library's terms alone", () => {
    expect(findingsFor("restraining-double-negative", restrainingCase({ terms: ["no-contact", "no-images"] }))).toEqual([]);
  });
});
