import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyseCaseText } from "../../src/pipeline/analyse";
import { renderCase } from "../../src/pipeline/draftCase";
import { writeText } from "../../src/writers/text";
import type { Case, PropertyItem } from "../../src/case/types";
import { validCase } from "../support/cases";

const examplesDir = join(__dirname, "..", "..", "examples");

/** Each document's text on one line, by file name. */
function draft(theCase: Case): Record<string, string> {
  return Object.fromEntries(renderCase(theCase).map((d) => [d.fileName, writeText(d.document).replace(/\s+/g, " ")]));
}

function withItem(item: Partial<PropertyItem>, change?: (c: Case) => void): Case {
  const c = validCase();
  c.property.push({ ...c.property[0], id: "P2", description: "Lenovo ThinkPad laptop, black", identifiers: { exhibit: "KT/2" }, ...item });
  c.applications!.deprivation!.property.push("P2");
  change?.(c);
  return c;
}

describe("what the documents say of the law", () => {
  const examples = readdirSync(examplesDir)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => analyseCaseText(readFileSync(join(examplesDir, f), "utf8")).case!);

  it("never state what docs/law.md marks unconfirmed as settled, in any example", () => {
    for (const theCase of examples) {
      for (const text of Object.values(draft(theCase))) {
        // The claim period after an order, the Code's wording of s.155, and the Code section on police possession are unconfirmed.
        expect(text).not.toMatch(/six months|6 months|within \d+ months/i);
        expect(text).not.toContain("taken together with any other order");
        expect(text).not.toMatch(/whether or not the court deals with the offender/);
        expect(text).not.toContain("to be dealt with under the Police (Property) Act");
      }
    }
  });

  it("state the CPS guidance as the prosecution's reason for applying, not as a reason for the court", () => {
    const { "application.docx": application } = draft(validCase());
    expect(application).toContain("The prosecution applies in line with Crown Prosecution Service guidance to prosecutors (March 2025)");
    expect(application).not.toMatch(/so that offenders do not keep/);
  });

  it("give the anonymity paragraph for s.66B and s.67, and not for an offence the law does not confirm", () => {
    const anonymity = (provision: string, on: string) => {
      const c = validCase();
      c.offences[0].provision = provision;
      c.offences[0].committed = { on };
      return draft(c)["application.docx"].includes("lifelong anonymity");
    };
    expect(anonymity("SOA2003:66B(4)", "2026-03-02")).toBe(true);
    expect(anonymity("SOA2003:67(3)", "2026-03-02")).toBe(true);
    expect(anonymity("SOA2003:66AB", "2026-07-02")).toBe(false);
    expect(anonymity("CJCA2015:33", "2023-03-02")).toBe(false);
  });
});

describe("destruction, item by item", () => {
  it("asks destruction of an item holding the images, and only after appeals, claims and any retrieval window", () => {
    const text = draft(validCase())["application.docx"];
    expect(text).toContain("asks that item 1, which holds intimate images, be destroyed by the police, but not before the time for an appeal has passed");
    expect(text).toContain("any claim to it by another person has been decided or can no longer be made");
    expect(text).toContain("any period allowed for retrieving lawful material has ended");
  });

  it("never asks destruction of a jointly owned family laptop that holds no images, and says why", () => {
    const text = draft(withItem({ ownership: "joint", holdsIntimateImages: false }))["application.docx"];
    expect(text).toContain("asks that item 1, which holds intimate images, be destroyed");
    expect(text).not.toMatch(/items 1 and 2[^.]*be destroyed/);
    expect(text).toContain("does not ask for item 2 to be destroyed: another person owns or shares it, and that person's position is needed");
  });

  it("does not ask destruction of an item that holds no images", () => {
    const text = draft(withItem({ holdsIntimateImages: false }))["application.docx"];
    expect(text).toContain("does not ask for item 2 to be destroyed, as it is not known to hold intimate images");
  });

  it("does not ask destruction of an item whose owner is not shown", () => {
    const text = draft(withItem({ ownership: undefined }))["application.docx"];
    expect(text).toContain("does not ask for item 2 to be destroyed until it is known that no one but the defendant owns it");
  });

  it("asks nothing about destruction when the application does not", () => {
    const c = validCase();
    c.applications!.deprivation!.disposal = "retain-for-evidence";
    const text = draft(c)["application.docx"];
    expect(text).not.toContain("destroyed");
    expect(text).toContain("kept by the police as evidence for as long as it is needed");
  });
});

describe("lawful material (R v Tan)", () => {
  const retrieval = { days: 21, arrangement: "The officer in the case copies the folder Work onto a drive supplied by the defence." };

  it("the application proposes the window and the draft order provides for it", () => {
    const c = validCase();
    c.property[0].lawfulMaterial = "His work rota and payslips.";
    c.applications!.deprivation!.retrieval = retrieval;
    const docs = draft(c);
    expect(docs["application.docx"]).toContain("Item 1: His work rota and payslips.");
    expect(docs["application.docx"]).toContain("may be copied within 21 days of the order, under this arrangement: The officer in the case copies the folder Work");
    for (const order of [docs["order.docx"], docs["order.txt"]]) {
      expect(order).toContain("So that lawful material can be retrieved first (R v Tan [2024] EWCA Crim 1104), the lawful material on item 1 may be copied within 21 days of this order");
      expect(order).toContain("No intimate image may be copied, and item 1 is not to be destroyed or otherwise disposed of before that period ends.");
    }
  });

  it("the order says nothing of retrieval when no window is proposed", () => {
    const c = validCase();
    c.property[0].lawfulMaterial = "His work rota.";
    const docs = draft(c);
    expect(docs["order.docx"]).not.toContain("lawful material");
    expect(docs["application.docx"]).toContain("The prosecution does not propose a period for retrieving it.");
  });
});

describe("the basis of each item", () => {
  it("never prints \"summons\" for an item held when a requisition was issued, and puts the point to the court", () => {
    const c = validCase();
    c.property[0].seizure = { route: "possessed-at-requisition", date: "2026-03-20" };
    const docs = draft(c);
    for (const text of Object.values(docs)) {
      expect(text).toContain("when the written charge and requisition were issued");
      expect(text).not.toContain("when the summons was issued");
    }
    expect(docs["application.docx"]).toContain("(Criminal Justice Act 2003, s.29)");
    expect(docs["application.docx"]).toContain("asks the court to decide whether a requisition meets that part of it");
  });

  it("lists an offence taken into consideration on which an item's use rests", () => {
    const c = validCase();
    c.offences.push({ id: "O2", provision: "SOA2003:66B(2)", committed: { on: "2026-02-20" }, particulars: "Shared the photograph.", takenIntoConsideration: true });
    c.property[0].use!.offences = ["O1", "O2"];
    const docs = draft(c);
    expect(docs["application.docx"]).toContain("Offences taken into consideration");
    expect(docs["order.docx"]).toContain("The court has taken into consideration, at his request: - sharing an intimate photograph or film intending to cause alarm");
    expect(docs["order.txt"]).toContain("(Sexual Offences Act 2003, s.66B(2), taken into consideration)");
  });

  it("leaves out an offence taken into consideration that no item rests on", () => {
    const c = validCase();
    c.offences.push({ id: "O2", provision: "SOA2003:66B(2)", committed: { on: "2026-02-20" }, particulars: "Shared the photograph.", takenIntoConsideration: true });
    expect(draft(c)["order.docx"]).not.toContain("taken into consideration");
  });

  it("shows the court's case number beside the reference", () => {
    const c = validCase();
    c.court.caseNumber = "T20267001";
    for (const text of Object.values(draft(c))) expect(text).toContain("Case reference: 41LN0456726; court case number: T20267001");
  });

  it("records the court's regard to value and effects, and to proportionality with the sentence as a whole", () => {
    const docs = draft(validCase());
    expect(docs["order.docx"]).toContain("(Sentencing Act 2020, s.155). It has considered the order together with the rest of the sentence, and is satisfied that it is proportionate.");
    expect(docs["application.docx"]).toContain("Proportionality, and the sentence as a whole, bear on whether the order should be made (R v Wright-Hadley [2022] EWCA Crim 446). The prosecution submits that the order is proportionate:");
  });
});
