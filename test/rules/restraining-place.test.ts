import { findingsFor, restrainingCase } from "../support/cases";

const withTerm = (term: { text: string; placeSafe?: boolean }) => findingsFor("restraining-place", restrainingCase({ terms: [term] }));

describe("restraining-place", () => {
  it.each(["not to enter Ashby Road, Hinckley", "not to go to 14 Mill St", "not to go within 100 metres of her home", "not to enter any street in the LE10 1AB postcode"])(
    "warns of a term naming a place that may be where she lives or works: %s",
    (text) => {
      expect(withTerm({ text })).toEqual([expect.objectContaining({ severity: "warning", path: ["applications", "restraining", "terms", 0, "text"] })]);
    },
  );

  it("accepts a place the case marks as safe to name", () => {
    expect(withTerm({ text: "not to enter Ashby Road, Hinckley", placeSafe: true })).toEqual([]);
  });

  it("accepts a term that names no place", () => {
    expect(withTerm({ text: "not to go to the complainant's workplace" })).toEqual([]);
  });

  it("does not take an ordinary lower-case word for a road", () => {
    expect(withTerm({ text: "not to contact her by any way or road" })).toEqual([]);
  });
});
