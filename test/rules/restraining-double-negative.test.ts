import { findingsFor, restrainingCase } from "../support/cases";

const withTerm = (text: string) => findingsFor("restraining-double-negative", restrainingCase({ terms: [{ text }] }));

describe("restraining-double-negative", () => {
  it("accepts the issue's own term, which forbids once as \"not to ...\"", () => {
    expect(withTerm("not to enter Ashby Road, Hinckley")).toEqual([]);
  });

  it.each([
    "prohibited from: not to enter Ashby Road, Hinckley",
    "he is prohibited from not contacting her",
    "must not not to contact the complainant",
    "shall not: not to contact the complainant",
    "never not to contact her",
    "refrain from not contacting her",
    "not to fail to delete every photograph of the complainant",
    "not to refrain from telling the police of a new account",
    "not to not contact her",
    "not to cease paying for her storage",
  ])("refuses a term that adds a second negative to the prohibition: %s", (text) => {
    const findings = withTerm(text);
    expect(findings).toEqual([expect.objectContaining({ severity: "error", path: ["applications", "restraining", "terms", 0, "text"] })]);
    expect(findings[0].message).toContain("double negative");
    expect(findings[0].hint).toContain("not to contact ...");
  });

  it.each([
    "not to contact her, nor to ask anyone else to",
    "not to contact anyone who is not a lawyer to ask about the complainant",
    "not to stop outside the complainant's house",
    "not to contact the complainant and not to ask others to",
    "must not contact the complainant",
  ])("accepts a term whose other negative is no double negative: %s", (text) => {
    expect(withTerm(text)).toEqual([]);
  });

  it("never quotes the term in its message or hint", () => {
    const [finding] = withTerm("prohibited from: not to contact Joanna Pelham");
    expect(`${finding.message} ${finding.hint}`).not.toMatch(/Joanna|Pelham/);
  });

  it("leaves the library's terms alone", () => {
    expect(findingsFor("restraining-double-negative", restrainingCase({ terms: ["no-contact", "no-images"] }))).toEqual([]);
  });
});
