import { lawTable } from "../../../src/law/lawTable";
import { protectedNames } from "../../../src/rules/support/protectedNames";
import { findingsFor, validCase } from "../../support/cases";

describe("the protected names a case looks for", () => {
  it("are built once for cases with the same complainant and defendant, and shared", () => {
    const first = validCase();
    const second = validCase();
    second.reference = "another reference";
    expect(protectedNames(second, lawTable)).toBe(protectedNames(first, lawTable));
  });

  it("are built afresh for another defendant, whose name may share a word with the complainant's", () => {
    const theCase = validCase();
    const complainantSurname = theCase.complainants![0].name!.split(" ").pop()!;
    const sharing = validCase();
    sharing.defendant.name = `Peter ${complainantSurname.toUpperCase()}`;
    expect(protectedNames(sharing, lawTable)).not.toBe(protectedNames(theCase, lawTable));
    const surnameOnly = (c: typeof theCase) => protectedNames(c, lawTable).parts.filter((part) => part.kind === "surname" && !part.runTogether);
    expect(surnameOnly(theCase)).toHaveLength(1);
    expect(surnameOnly(sharing)).toHaveLength(0);
  });

  it("still find the complainant in a case checked after another with the same names", () => {
    const clean = validCase();
    expect(findingsFor("complainant-named", clean)).toEqual([]);
    const named = validCase();
    const name = named.complainants![0].name!;
    named.offences[0].particulars = `Sent the photograph to ${name}'s sister.`;
    expect(findingsFor("complainant-named", named).map((f) => f.path)).toEqual([["offences", 0, "particulars"]]);
  });
});
