import { findingsFor, restrainingCase } from "../support/cases";

const withTerm = (text: string) => findingsFor("restraining-prohibits-only", restrainingCase({ terms: ["no-contact", { text }] }));

describe("restraining-prohibits-only", () => {
  it("accepts the library's terms and a term that forbids", () => {
    expect(findingsFor("restraining-prohibits-only", restrainingCase())).toEqual([]);
  });

  it("refuses a term that orders him to delete the images, pointing to a sexual harm prevention order", () => {
    const findings = withTerm("delete every photograph of the complainant from his devices");
    expect(findings).toEqual([expect.objectContaining({ severity: "error", path: ["applications", "restraining", "terms", 1, "text"], citation: "Sentencing Act 2020, s.359(1)" })]);
    expect(findings[0].hint).toContain("sexual harm prevention order");
    expect(findings[0].hint).toContain("Sentencing Act 2020, Part 11, Chapter 2");
  });

  it.each([
    "hand over any device holding images of the complainant to the police",
    "surrender his passwords to the officer in the case",
    "contact the complainant; then remove every post about her",
    "fail to tell the police of any new online account",
  ])("refuses a term that names an act he would be made to do: %s", (text) => {
    expect(withTerm(text)).toHaveLength(1);
  });

  it.each([
    "must disclose every online account he uses to the police",
    "shall provide the officer with the passwords to his accounts",
    "is required to give the police his new address",
    "ensure that no copy of the images remains on any device",
  ])("refuses a term in the words of an obligation: %s", (text) => {
    expect(withTerm(text)[0].message).toContain("requires the defendant to do something");
  });

  it.each([
    "disclose the complainant's new address to anyone",
    "reveal to anyone where the complainant works",
    "give anyone any photograph or film of the complainant",
    "provide any information about the complainant to a newspaper or website",
    "damage or destroy the complainant's property",
    "threaten to destroy the complainant's car",
    "contact the complainant, and he must not ask others to",
  ])("accepts a prohibition whose verb could be an order to act in other words: %s", (text) => {
    expect(withTerm(text)).toEqual([]);
  });

  it("leaves a term opening with a negative to the double negative rule", () => {
    expect(withTerm("not to delete anything")).toEqual([]);
  });
});
