import type { Case, PropertyItem } from "../../src/case/types";
import { renderCase } from "../../src/pipeline/draftCase";
import { reasonNotDraftable } from "../../src/pipeline/draftable";
import { ordersAppliedFor } from "../../src/orders/index";
import { buildPlatformReportView } from "../../src/orders/platform-report/view";
import { writeText } from "../../src/writers/text";
import { unescapeUserText } from "../../src/render/markupEscape";
import { instagramPost, validCase } from "../support/cases";

const post: PropertyItem = { ...instagramPost(), use: { route: "used-to-commit", offences: ["O1"] } };

const backup: PropertyItem = { id: "P3", description: "Cloud photo storage the phone backed up to", kind: "cloud-account", holdsIntimateImages: true };

function withItems(theCase: Case, ...items: PropertyItem[]): Case {
  return { ...theCase, property: [...theCase.property, ...items] };
}

/** The reports as plain text, or undefined when none is drafted. */
function reportsText(theCase: Case): string | undefined {
  const doc = renderCase(theCase).find((d) => d.fileName === "platform-reports.docx");
  return doc && writeText(doc.document).replace(/\s+/g, " ");
}

/** A case whose hearing came before the report existed (29 June 2026), its other dates moved to fit. */
function heardBefore(theCase: Case): Case {
  theCase.hearing = { date: "2026-06-28" };
  theCase.offences[0].conviction!.date = "2026-06-01";
  theCase.prosecutor.date = "2026-06-20";
  return theCase;
}

describe("the intimate image content report (Online Safety Act 2023, s.20A)", () => {
  it("is drafted for a place online holding intimate images, pre-filled with the service and where the content is", () => {
    const text = reportsText(withItems(validCase(), post))!;
    expect(text).toContain("Report 1: intimate image content report to Instagram");
    expect(text).toContain("Service: Instagram");
    expect(text).toContain("Where the content is: https://www.instagram.com/p/DKx7QmTt2Ra/");
    expect(text).toContain("in Luton Magistrates' Court, in which a person was convicted of");
    expect(text).toContain("Sentencing hearing: 14 September 2026");
    expect(text).toContain("Case reference: 41LN0456726 (the person reporting may leave this out)");
  });

  it("leaves the declarations and contact details to the person reporting", () => {
    const text = reportsText(withItems(validCase(), post))!;
    expect(text).toContain("To be completed by the person reporting");
    expect(text).toContain("the content described above is intimate image content");
    expect(text).toContain("I make this report as (delete one): the person shown in the content / a person acting on behalf of the person shown in the content");
    expect(text).toContain("I make this report in good faith, and to the best of my knowledge and belief what it says is true");
    expect(text).toMatch(/Contact name:\s*_+/);
    expect(text).toMatch(/Email address or telephone number:\s*_+/);
  });

  it("names neither the complainant nor the defendant", () => {
    const theCase = withItems(validCase(), post);
    const text = reportsText(theCase)!;
    expect(text).not.toMatch(/joanna|pelham/i);
    expect(text).not.toMatch(/martin|oakes/i);
  });

  it("states the 48-hour duty and when it does not apply, each with its section", () => {
    const text = reportsText(withItems(validCase(), post))!;
    expect(text).toContain("within 48 hours (Online Safety Act 2023, s.10(3A))");
    expect(text).toContain("the service considers that the content is not intimate image content, or that the person reporting is neither the person shown in it nor acting for them (Online Safety Act 2023, s.10(3B))");
    expect(text).toContain("Whether any such regulations have been made has not been confirmed");
  });

  it("leaves a marked blank where the case does not say which service or where", () => {
    const text = reportsText(withItems(validCase(), backup))!;
    expect(text).toContain("Service: ____________________ (to be completed: the name of the service)");
    expect(text).toContain("Where the content is: ____________________ (to be completed: a link to the content, or the number of the post or account)");
  });

  it("puts each location on its own page, numbered in the case's order", () => {
    const theCase = withItems(validCase(), post, backup);
    const view = buildPlatformReportView(theCase);
    expect(view.reports.map((r) => [r.number, r.platform])).toEqual([
      [1, "Instagram"],
      [2, null],
    ]);
    const doc = renderCase(theCase).find((d) => d.fileName === "platform-reports.docx")!;
    expect(doc.document.blocks.filter((b) => b.type === "pageBreak")).toHaveLength(2);
    expect(reportsText(theCase)).toContain("Report 2 of 2: intimate image content report");
  });

  it("names the offences the item is tied to, or every conviction where it is tied to none", () => {
    const theCase = withItems(validCase(), post, backup);
    theCase.offences.push({ ...theCase.offences[0], id: "O2", provision: "SOA2003:66B(1)" });
    const [tied, untied] = buildPlatformReportView(theCase).reports;
    expect(tied.offences.map((o) => unescapeUserText(o.citation))).toEqual(["Sexual Offences Act 2003, s.66B(4)"]);
    expect(untied.offences).toHaveLength(2);
  });

  it("is not drafted for an item held online that holds no intimate images, nor for a device", () => {
    expect(reportsText(withItems(validCase(), { ...post, holdsIntimateImages: false }))).toBeUndefined();
    expect(reportsText(validCase())).toBeUndefined();
  });

  it("is not drafted for a hearing before 29 June 2026, when the report did not exist", () => {
    expect(reportsText(heardBefore(withItems(validCase(), post)))).toBeUndefined();
  });

  it("is not drafted at charge, before any conviction it could say the content was the subject of", () => {
    const atCharge = withItems({ ...validCase(), applications: {} }, post);
    delete atCharge.offences[0].conviction;
    expect(ordersAppliedFor(atCharge).map((o) => o.id)).toEqual([]);
    expect(reportsText(atCharge)).toBeUndefined();
  });

  it("is drafted even when the case applies for no order: the report is the complainant's to send", () => {
    const theCase = withItems({ ...validCase(), applications: {} }, post);
    expect(ordersAppliedFor(theCase).map((o) => o.id)).toEqual(["platform-report"]);
    expect(reasonNotDraftable(theCase)).toBeUndefined();
    expect(renderCase(theCase).map((d) => d.fileName)).toEqual(["platform-reports.docx"]);
  });

  it("leaves a case with nothing to draft refused, naming only the applications it could make", () => {
    const reason = reasonNotDraftable({ ...validCase(), applications: {} });
    expect(reason).toContain("no deprivation application, restraining order application or sexual harm prevention order proposal (applications.deprivation.property, applications.restraining.terms, applications.shpo.prohibitions or applications.shpo.requirements)");
    expect(reason).not.toContain("platform");
    expect(reason).not.toContain("undefined");
  });
});
