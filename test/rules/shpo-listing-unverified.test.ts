import { lawTable, type LawTable } from "../../src/law/lawTable";
import { findingsFor, shpoCase, validCase } from "../support/cases";

describe("shpo-listing-unverified", () => {
  it("warns that the listing is unverified, as the law table confirms no offence as listed", () => {
    const findings = findingsFor("shpo-listing-unverified", shpoCase());
    expect(findings).toEqual([expect.objectContaining({ severity: "warning", path: ["applications", "shpo", "listing"] })]);
    expect(findings[0].message).toContain("unverified");
  });

  it("never quotes the listing the user stated", () => {
    const findings = findingsFor("shpo-listing-unverified", shpoCase({ listing: "Schedule 3, paragraph 999" }));
    expect(JSON.stringify(findings)).not.toContain("999");
  });

  it("is silent once the law table confirms the offence convicted of as listed", () => {
    const confirming: LawTable = { ...lawTable, shpo: { ...lawTable.shpo, listing: { ...lawTable.shpo.listing, confirmedFor: ["SOA2003:66B(4)"] as never[] } } };
    expect(findingsFor("shpo-listing-unverified", shpoCase(), confirming)).toEqual([]);
  });

  it("leaves a missing listing to shpo-listing, and a case with no proposal alone", () => {
    expect(findingsFor("shpo-listing-unverified", shpoCase({ listing: undefined }))).toEqual([]);
    expect(findingsFor("shpo-listing-unverified", validCase())).toEqual([]);
  });
});
