import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyseCaseText } from "../../src/pipeline/analyse";
import { renderCase } from "../../src/pipeline/draftCase";
import { writeText } from "../../src/writers/text";
import type { Case } from "../../src/case/types";
import { orderTypes } from "../../src/orders/index";
import { lawTable } from "../../src/law/lawTable";

const examplesDir = join(__dirname, "..", "..", "examples");
const examples = readdirSync(examplesDir).filter((f) => f.endsWith(".yaml"));

function draftTexts(theCase: Case): Map<string, string> {
  return new Map(renderCase(theCase).map((d) => [d.fileName, writeText(d.document)]));
}

describe.each(examples)("the documents drafted for %s", (file) => {
  const analysis = analyseCaseText(readFileSync(join(examplesDir, file), "utf8"));
  const theCase = analysis.case!;
  const texts = draftTexts(theCase);
  const documentsOf = (id: string) => orderTypes.find((o) => o.id === id)!.documents.map((d) => d.fileName);
  const deprivation = theCase.applications?.deprivation ? documentsOf("deprivation") : [];
  const restraining = theCase.applications?.restraining ? documentsOf("restraining") : [];
  const shpo = theCase.applications?.shpo ? documentsOf("shpo") : [];
  // Drafted with no application, for a hearing from 29 June 2026 after a conviction: one report for each place online holding intimate images.
  const online = theCase.property.some((item) => item.holdsIntimateImages === true && (item.kind === "cloud-account" || item.kind === "online-copy"));
  const convicted = theCase.offences.some((offence) => offence.conviction !== undefined);
  const reports = online && convicted && theCase.hearing.date >= lawTable.otherOrders.platformReport.inForce ? documentsOf("platform-report") : [];

  it("are the documents of each order applied for: for a deprivation order the order wording, the draft order and the application; for a restraining order or a sexual harm prevention order the notice and the draft order; and the platform reports where something is held online", () => {
    expect([...texts.keys()].sort()).toEqual([...deprivation, ...restraining, ...shpo, ...reports].sort());
  });

  it("name the sexual harm prevention order's power, its power to require and the test, each with its section, and never assert the listing", () => {
    for (const name of shpo) {
      const text = texts.get(name)!.replace(/\s+/g, " ");
      expect({ name, power: text.includes("Sentencing Act 2020, Part 11, Chapter 2"), test: text.includes("ss.345-346") }).toEqual({ name, power: true, test: true });
      expect(text).toMatch(/relied on by the prosecution|relies on this listing/);
      expect(text).not.toMatch(/the offence is listed in Schedule 3 or 5 to the Sexual Offences Act 2003\./);
    }
  });

  it("name the restraining order's power, its purpose and its period, each with its section", () => {
    for (const name of restraining) {
      const text = texts.get(name)!.replace(/\s+/g, " ");
      expect({ name, power: text.includes("Sentencing Act 2020, s.359"), purpose: text.includes("s.360(2)"), period: text.includes("s.359(2)") }).toEqual({ name, power: true, purpose: true, period: true });
    }
  });

  it("name the power and each condition with its section", () => {
    for (const [name, text] of [...texts].filter(([name]) => deprivation.includes(name))) {
      expect({ name, hasPower: text.replace(/\s+/g, " ").includes("Sentencing Act 2020, s.153") }).toEqual({ name, hasPower: true });
      expect(text.replace(/\s+/g, " ")).toContain("s.153(2)");
      expect(text.replace(/\s+/g, " ")).toContain("s.153(3)");
      expect(text.replace(/\s+/g, " ")).toContain("s.155");
    }
  });

  it("identify every item applied for and the offence it was used for", () => {
    const applied = theCase.applications?.deprivation?.property ?? [];
    for (const id of applied) {
      const item = theCase.property.find((p) => p.id === id)!;
      const exhibit = item.identifiers?.exhibit ?? item.identifiers?.imei ?? item.identifiers?.serial;
      for (const name of deprivation) expect(texts.get(name)!.replace(/\s+/g, " ")).toContain(exhibit!);
    }
  });

  it("never name a complainant", () => {
    for (const complainant of theCase.complainants ?? []) {
      if (!complainant.name) continue;
      for (const part of complainant.name.split(/\s+/)) {
        for (const text of texts.values()) expect(text.toLowerCase()).not.toContain(part.toLowerCase());
      }
    }
  });

  it("come out the same every time", () => {
    expect(draftTexts(theCase)).toEqual(texts);
  });
});

describe("the documents' wording", () => {
  const base = analyseCaseText(readFileSync(join(examplesDir, "threat-to-control-former-partner.yaml"), "utf8")).case!;

  it("uses the defendant's own pronoun", () => {
    const they = draftTexts({ ...base, defendant: { ...base.defendant, pronoun: "they" } });
    expect(they.get("order.txt")).toMatch(/deprived of\s+their\s+rights/);
    const she = draftTexts({ ...base, defendant: { ...base.defendant, pronoun: "she" } });
    expect(she.get("order.txt")).toMatch(/deprived of\s+her\s+rights/);
  });

  it("heads a Crown Court case as the Crown Court at its place", () => {
    const crown = draftTexts({ ...base, court: { ...base.court, level: "crown", location: "St Albans" } });
    expect(crown.get("order.docx")).toContain("IN THE CROWN COURT AT ST ALBANS");
    expect(draftTexts(base).get("order.docx")).toContain("IN THE LUTON MAGISTRATES' COURT");
  });

  it("prints a description holding template syntax and markup literally", () => {
    const tricky = "Phone {{defendant.name}} | # <b>&amp;</b> **x**";
    const texts = draftTexts({ ...base, property: [{ ...base.property[0], description: tricky }] });
    expect(texts.get("application.docx")!.replace(/\s+/g, " ")).toContain(tricky);
  });

  it("raises other people's interests only when an item is not the defendant's alone, as the law gives them", () => {
    expect(draftTexts(base).get("application.docx")).not.toContain("Other people's interests");
    const joint = draftTexts({ ...base, property: [{ ...base.property[0], ownership: "joint" }] });
    const text = joint.get("application.docx")!.replace(/\s+/g, " ");
    expect(text).toContain("Item 1 is owned jointly with another person.");
    expect(text).toContain("O'Leary International Ltd v Chief Constable of North Wales [2012] EWHC 1516 (Admin)");
    expect(text).toContain("(Police (Property) Act 1897, s.1, applied by Powers of Criminal Courts (Sentencing) Act 2000, s.144(1))");
    expect(text).not.toMatch(/six months|6 months/i);
  });
});
