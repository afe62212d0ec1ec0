import type { Case, PropertyItem } from "../../src/case/types";
import { caseFacts } from "../../src/report/facts";
import { SummaryBuilder } from "../../src/report/summary";
import { formatSummary, summaryCsv } from "../../src/report/formats";
import { restrainingCase, validCase } from "../support/cases";

/** The phone of validCase, applied for, and one more item holding images that the application leaves out. */
function withSecondItem(change: Partial<PropertyItem>): Case {
  const c = validCase();
  c.property.push({ ...c.property[0], id: "P2", identifiers: { exhibit: "KT/2" }, ...change });
  return c;
}

describe("what one case adds to a report", () => {
  it("counts an item holding images that the application covers as not left out", () => {
    expect(caseFacts(validCase())).toMatchObject({ holdsImages: true, deprivationApplied: true, deprivation: "no-outcome", leftOut: [] });
  });

  it.each([
    ["an online copy", { kind: "cloud-account", description: "Online photo account", seizure: undefined }, "online-copy"],
    ["an item never seized", { seizure: { route: "not-seized" } }, "not-seized"],
    ["a third party's item", { ownership: "third-party" }, "third-party"],
    ["an item with no evidence of use", { use: { route: "used-to-commit", offences: ["O1"] } }, "no-evidence"],
    ["an item that could have been applied for", {}, "not-applied-for"],
  ] as const)("gives %s as the reason it was left out", (_what, change, reason) => {
    expect(caseFacts(withSecondItem(change as Partial<PropertyItem>)).leftOut).toEqual([reason]);
  });

  it("counts an item once, under the first reason that applies", () => {
    expect(caseFacts(withSecondItem({ seizure: { route: "not-seized" }, ownership: "third-party" })).leftOut).toEqual(["not-seized"]);
  });

  it("counts what the court left out of an order made in part, and everything once it refused", () => {
    const c = withSecondItem({});
    c.applications!.deprivation!.property = ["P1", "P2"];
    c.outcome = { date: "2026-09-14", orders: { deprivation: { decision: "made-in-part", property: ["P1"] } } };
    expect(caseFacts(c)).toMatchObject({ deprivation: "made-in-part", leftOut: ["left-out-by-court"] });
    c.outcome.orders.deprivation = { decision: "refused" };
    expect(caseFacts(c).leftOut).toEqual(["left-out-by-court", "left-out-by-court"]);
  });

  it("takes an adjourned application as still covering what it asks for", () => {
    const c = validCase();
    c.outcome = { date: "2026-09-14", orders: { deprivation: { decision: "adjourned", adjournedTo: "2026-10-01" } } };
    expect(caseFacts(c)).toMatchObject({ deprivation: "adjourned", leftOut: [] });
  });

  it("counts a restraining order made as dealing with images only when a term as made does", () => {
    const c = restrainingCase();
    c.outcome = { date: "2026-09-14", orders: { restraining: { decision: "made", terms: ["no-contact"], until: "2031-09-13" } } };
    expect(caseFacts(c)).toMatchObject({ restrainingMade: true, restrainingAddressesImages: false });
    c.outcome.orders.restraining!.terms = ["no-contact", { text: "not to show anyone a photograph of the complainant" }];
    expect(caseFacts(c).restrainingAddressesImages).toBe(true);
    c.outcome.orders.restraining = { decision: "refused" };
    expect(caseFacts(c)).toMatchObject({ restrainingMade: false, restrainingAddressesImages: false });
  });

  it("names the court by place and level, and nobody", () => {
    const facts = caseFacts(validCase());
    expect(facts.court).toBe("Luton Magistrates' Court");
    expect(JSON.stringify(facts)).not.toMatch(/Pelham|OAKES|Joanna|Martin/);
  });
});

describe("a report across cases", () => {
  it("adds cases up in total, by court and by month", () => {
    const summary = new SummaryBuilder();
    const crown = validCase();
    crown.court = { level: "crown", location: "Leicester", jurisdiction: "england-and-wales" };
    crown.hearing.date = "2026-10-05";
    crown.outcome = { date: "2026-10-05", orders: { deprivation: { decision: "made", property: ["P1"] } } };
    summary.addCase(caseFacts(validCase()), false);
    summary.addCase(caseFacts(validCase()), true);
    summary.addCase(caseFacts(crown), false);
    summary.addNotCounted({ path: "cases/b.yaml", kind: "not-a-case", reason: "not counted" });
    const built = summary.build();
    expect(built.totals).toMatchObject({ cases: 3, withImages: 3, deprivationApplied: 3, ordersMade: 1, deprivationNoOutcome: 2 });
    expect(built.withErrors).toBe(1);
    expect(built.byCourt.map((g) => [g.court, g.cases, g.ordersMade])).toEqual([
      ["Crown Court at Leicester", 1, 1],
      ["Luton Magistrates' Court", 2, 0],
    ]);
    expect(built.byMonth.map((g) => [g.month, g.cases])).toEqual([
      ["2026-09", 2],
      ["2026-10", 1],
    ]);
  });

  it("writes a CSV a spreadsheet cannot take a formula from", () => {
    const summary = new SummaryBuilder();
    const c = validCase();
    c.court.location = "=HYPERLINK(\"x\")";
    summary.addCase(caseFacts(c), false);
    const lines = summaryCsv(summary.build()).trimEnd().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[1].startsWith("all,,1,")).toBe(true);
    expect(lines[2].startsWith(`court,"'=HYPERLINK(""x"") Magistrates' Court",1,`)).toBe(true);
  });

  it("prints a court's name so a terminal shows it and acts on none of it", () => {
    const summary = new SummaryBuilder();
    const c = validCase();
    c.court.location = "Luton\u001b[2J\u202e";
    summary.addCase(caseFacts(c), false);
    const built = summary.build();
    expect(formatSummary(built, "text")).toContain("Luton\\x1b[2J\\u202e Magistrates' Court");
    expect(formatSummary(built, "json")).not.toMatch(/[\u001b\u202e]/);
  });
});
