import { findingsFor, restrainingCase } from "../support/cases";

const withTerm = (text: string) => findingsFor("restraining-prohibits-only", restrainingCase({ terms: ["no-contact", { text }] }));

describe("restraining-prohibits-only", () => {
  it("accepts the library's terms and a term that forbids", () => {
    expect(findingsFor("restraining-prohibits-only", restrainingCase())).toEqual([]);
  });

  it("accepts the issue's own term, written \"not to ...\"", () => {
    expect(withTerm("not to enter Ashby Road, Hinckley")).toEqual([]);
  });

  it("refuses a term that orders him to delete the images, pointing to a sexual harm prevention order", () => {
    const findings = withTerm("delete every photograph of the complainant from his devices");
    expect(findings).toEqual([expect.objectContaining({ severity: "error", path: ["applications", "restraining", "terms", 1, "text"], citation: "Sentencing Act 2020, s.359(1)" })]);
    expect(findings[0].message).toContain("cannot require it");
    expect(findings[0].hint).toContain('write it as "not to …"');
    expect(findings[0].hint).toContain("sexual harm prevention order");
    expect(findings[0].hint).toContain("Sentencing Act 2020, Part 11, Chapter 2");
  });

  it.each([
    "hand over any device holding images of the complainant to the police",
    "surrender his passwords to the officer in the case",
    "not to contact the complainant; then remove every post about her",
    "fail to tell the police of any new online account",
  ])("refuses a term that names an act he would be made to do: %s", (text) => {
    expect(withTerm(text)[0].message).toContain("an act the defendant would be made to do");
  });

  it.each([
    "must disclose every online account he uses to the police",
    "shall provide the officer with the passwords to his accounts",
    "not to contact her, and is required to give the police his new address",
    "not to keep the images, and to ensure that no copy remains on any device",
  ])("refuses a term in the words of an obligation: %s", (text) => {
    expect(withTerm(text)[0].message).toContain("requires the defendant to do something");
  });

  it.each(["enter Ashby Road, Hinckley", "go to the complainant's workplace"])(
    "refuses a term that does not start \"not to\", as the order would read it as something he must do: %s",
    (text) => {
      expect(withTerm(text)[0].message).toContain("would read as something the defendant is ordered to do");
    },
  );

  it.each(["must not contact the complainant", "he is prohibited from contacting her", "never contact her", "Not enter the town centre"])(
    "refuses a term that forbids in words of its own instead of \"not to\": %s",
    (text) => {
      expect(withTerm(text)[0].message).toContain("instead of starting \"not to\"");
    },
  );

  it.each([
    "not to delete any message the complainant sent him",
    "not to disclose the complainant's new address to anyone",
    "not to reveal to anyone where the complainant works",
    "not to give anyone any photograph or film of the complainant",
    "not to damage or destroy the complainant's property",
    "not to threaten to destroy the complainant's car",
    "not to contact the complainant; nor to ask others to",
    "not to contact the complainant, and he must not ask others to",
  ])("accepts a prohibition whose verb could be an order to act in other words: %s", (text) => {
    expect(withTerm(text)).toEqual([]);
  });

  it("leaves a double negative to the double negative rule", () => {
    expect(withTerm("not to fail to delete every photograph of the complainant")).toEqual([]);
  });

  it("never quotes the term in its message or hint", () => {
    const [finding] = withTerm("must delete every photograph of Joanna Pelham");
    expect(`${finding.message} ${finding.hint}`).not.toMatch(/Joanna|Pelham|photograph of/);
  });
});
