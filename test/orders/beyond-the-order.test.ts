import type { Case, PropertyItem } from "../../src/case/types";
import { renderCase } from "../../src/pipeline/draftCase";
import { writeText } from "../../src/writers/text";
import { buildViewModel } from "../../src/orders/deprivation/view";
import { lawTable } from "../../src/law/lawTable";
import { otherOrdersOf, orderTypes } from "../../src/orders/index";
import { restrainingCase, shpoCase, validCase } from "../support/cases";

/** The deprivation application, as plain text. */
function applicationText(theCase: Case): string {
  const application = renderCase(theCase).find((doc) => doc.fileName === "application.docx");
  if (!application) throw new Error("no application drafted");
  return writeText(application.document).replace(/\s+/g, " ");
}

/** The section on what the order cannot reach, or "" when there is none. */
function beyondSection(theCase: Case): string {
  const text = applicationText(theCase);
  const start = text.indexOf("What this order cannot reach");
  return start < 0 ? "" : text.slice(start, text.indexOf("After the order", start));
}

function deprivationView(theCase: Case) {
  const deprivation = orderTypes.find((order) => order.id === "deprivation")!;
  return buildViewModel(theCase, lawTable, otherOrdersOf(theCase, deprivation));
}

const cloudBackup: PropertyItem = {
  id: "P2",
  description: "iCloud Photos account to which the phone backed up the photograph",
  kind: "cloud-account",
  identifiers: { exhibit: "KT/2" },
  holdsIntimateImages: true,
};

const laptopNeverSeized: PropertyItem = {
  id: "P3",
  description: "Dell laptop the defendant keeps at his mother's address",
  kind: "device",
  seizure: { route: "not-seized" },
  holdsIntimateImages: true,
};

function withItems(theCase: Case, ...items: PropertyItem[]): Case {
  return { ...theCase, property: [...theCase.property, ...items] };
}

describe("what the deprivation order cannot reach", () => {
  it("has no section when every item holding images is in the application", () => {
    expect(deprivationView(validCase()).beyond).toBeNull();
    expect(beyondSection(validCase())).toBe("");
  });

  it("has no section for an item that holds no intimate images", () => {
    const charger: PropertyItem = { id: "P2", description: "Phone charger", kind: "other", holdsIntimateImages: false };
    expect(deprivationView(withItems(validCase(), charger)).beyond).toBeNull();
  });

  it("lists a cloud backup as held online, with the undecided question stated as undecided", () => {
    const section = beyondSection(withItems(validCase(), cloudBackup));
    expect(section).toContain("iCloud Photos account to which the phone backed up the photograph (exhibit KT/2): it is held online");
    expect(section).toContain("has not been decided");
    expect(section).toContain("This item holds intimate images but is outside this application");
  });

  it("names the proposed restraining terms that forbid sharing and posting a copy held online", () => {
    const section = beyondSection(withItems(restrainingCase(), cloudBackup));
    expect(section).toContain("What deals with it: the proposed restraining order, by which the court would order the defendant not to share, publish, post, send or show");
    expect(section).toContain("and not to post or publish anything about the complainant online");
    // no-contact does not deal with images, and a term written for the case is the prosecution's to explain.
    expect(section).not.toContain("not to contact");
    expect(section).not.toContain("workplace");
  });

  it("does not claim the posting term for a laptop no one seized, but does claim the sharing term", () => {
    const view = deprivationView(withItems(restrainingCase(), laptopNeverSeized));
    const item = view.beyond!.items[0];
    expect(item.remedies.flatMap((remedy) => remedy.terms.map((term) => term.id))).toEqual(["no-images"]);
  });

  it("says why a laptop no one seized or examined is beyond the order", () => {
    const section = beyondSection(withItems(validCase(), laptopNeverSeized));
    expect(section).toContain("it was not seized, and the case does not show that it was in the defendant's possession or under their control when they were apprehended or when a summons was issued; and no use of it to commit or facilitate an offence is shown");
    expect(section).toContain("Nothing the prosecution proposes deals with it");
  });

  it("says a seized device used for the offence but left out of the application is not applied for", () => {
    const secondPhone: PropertyItem = { ...validCase().property[0], id: "P2", description: "iPhone 12, blue", identifiers: { exhibit: "KT/4" } };
    const section = beyondSection(withItems(validCase(), secondPhone));
    expect(section).toContain("iPhone 12, blue (exhibit KT/4): the prosecution does not apply for it.");
  });

  it("lists the image files themselves as information, not a thing the order can name", () => {
    const files: PropertyItem = { id: "P2", description: "The image files of the complainant", kind: "other", holdsIntimateImages: true };
    expect(beyondSection(withItems(validCase(), files))).toContain("it is described as the images themselves rather than a thing that holds them");
  });

  it("offers the platform report only for hearings from the day it came into force", () => {
    const after = withItems(validCase(), cloudBackup);
    expect(beyondSection(after)).toContain("intimate image content report");
    const before = withItems(validCase(), cloudBackup);
    before.hearing = { date: "2026-06-28" };
    before.offences[0].conviction!.date = "2026-06-01";
    before.prosecutor.date = "2026-06-20";
    expect(deprivationView(before).beyond!.platformReport).toBe(false);
    expect(beyondSection(before)).not.toContain("intimate image content report");
  });

  it("names the report drafted for an online copy, and the service it goes to", () => {
    const post: PropertyItem = { id: "P2", description: "Instagram post showing the photograph", kind: "online-copy", platform: "Instagram", location: "https://www.instagram.com/p/DKx7QmTt2Ra/", holdsIntimateImages: true };
    const section = beyondSection(withItems(validCase(), post));
    expect(section).toContain("No order the prosecution proposes deals with it; the complainant, or someone acting for them, can report it to Instagram using the intimate image content report prepared with this application (below).");
    expect(section).toContain("A report for the item held online is prepared with this application for them to complete and send");
  });

  it("names each of several reports by its number, in the order platform-reports.docx holds them", () => {
    const first: PropertyItem = { id: "P2", description: "Instagram post showing the photograph", kind: "online-copy", platform: "Instagram", holdsIntimateImages: true };
    const charger: PropertyItem = { id: "P3", description: "Phone charger", kind: "other", holdsIntimateImages: false };
    const second: PropertyItem = { id: "P4", description: "Reddit post showing the photograph", kind: "online-copy", holdsIntimateImages: true };
    const theCase = withItems(restrainingCase(), first, charger, second);
    expect(deprivationView(theCase).beyond!.items.map((item) => item.platformReport)).toEqual([
      { number: 1, platform: "Instagram" },
      { number: 2, platform: null },
    ]);
    const section = beyondSection(theCase);
    expect(section).toMatch(/or ask anyone else to do so; and the complainant, or someone acting for them, can report it to Instagram using report 1 of the intimate image content reports prepared with this application \(below\)\./);
    expect(section).toContain("can report it to the service holding it using report 2 of the intimate image content reports prepared with this application (below).");
  });

  it("puts the unsettled retention term to the court rather than relying on it", () => {
    const theCase = withItems(restrainingCase({ terms: ["no-images", "no-retaining-images"] }), cloudBackup);
    const section = beyondSection(theCase);
    expect(section).toContain("not to keep, or keep access to, any intimate photograph or film of the complainant");
    expect(section).toContain("No authority has been found on whether a restraining order may forbid the defendant to keep images");
  });

  it("claims no restraining term for an item tied to an offence against someone the order does not protect", () => {
    const theCase = withItems(restrainingCase(), { ...cloudBackup, use: { route: "used-to-facilitate", offences: ["O2"] } });
    theCase.complainants!.push({ id: "C2", cipher: "Person B" });
    theCase.offences.push({ ...theCase.offences[0], id: "O2", complainant: "C2" });
    expect(deprivationView(theCase).beyond!.items[0].remedies).toEqual([]);
  });

  it("never states that a sexual harm prevention order is available", () => {
    const section = beyondSection(withItems(validCase(), cloudBackup));
    expect(section).toContain("Whether the offence in this case is so listed has not been confirmed.");
  });

  describe("with a sexual harm prevention order proposed", () => {
    it("names its terms that reach a copy held online: the images term and telling the police of accounts", () => {
      const section = beyondSection(withItems(shpoCase({ requirements: ["notify-accounts", "notify-devices"] }), cloudBackup));
      expect(section).toContain(
        "What deals with it: the proposed sexual harm prevention order, by which the court would order the defendant not to have any photograph or film of the complainant",
      );
      expect(section).toContain("and to tell the police, within 3 days of the order being made, of every online account");
      // Terms about devices do not reach an online account.
      expect(section).not.toContain("record of internet use");
      expect(section).not.toContain("of every device held");
    });

    it("names its terms about devices for a device that was never seized", () => {
      const section = beyondSection(withItems(shpoCase(), laptopNeverSeized));
      expect(section).toContain("not to delete the record of internet use");
      expect(section).toContain("and to let a police officer inspect, when asked, any device held");
    });

    it("says that such an order is proposed, and still that the listing is unconfirmed", () => {
      const section = beyondSection(withItems(shpoCase(), laptopNeverSeized));
      expect(section).toContain("The prosecution proposes such an order in this case, in a separate notice with its draft");
      expect(section).toContain("Whether the offence in this case is so listed has not been confirmed.");
      expect(deprivationView(withItems(shpoCase(), laptopNeverSeized)).beyond?.remedyOrders).toEqual([{ order: "shpo" }]);
    });

    it("only describes such orders in general when none is proposed", () => {
      const section = beyondSection(withItems(validCase(), laptopNeverSeized));
      expect(section).toContain("It is available only where the offence is listed");
      expect(section).not.toContain("The prosecution proposes such an order");
    });

    it("claims nothing for a term written for the case", () => {
      const theCase = withItems(shpoCase({ prohibitions: [{ text: "not to use any social media account under another name" }], requirements: [] }), cloudBackup);
      expect(deprivationView(theCase).beyond?.items[0].remedies).toEqual([]);
    });
  });
});
