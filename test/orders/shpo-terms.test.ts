import { readFileSync } from "node:fs";
import { join } from "node:path";
import { shpoLibraryTerm, shpoProhibitionIds, shpoRequirementIds } from "../../src/case/shpoTerms";
import { buildShpoView } from "../../src/orders/shpo/view";
import { findTemplate } from "../../src/render/renderDocuments";
import { loadTemplates } from "../../src/render/templates";
import { unescapeUserText } from "../../src/render/markupEscape";
import type { ShpoApplication } from "../../src/case/types";
import { shpoCase } from "../support/cases";

const root = join(__dirname, "..", "..");
const templates = loadTemplates();
const order = findTemplate(templates, "shpo-order.docx.hbs");
const notice = findTemplate(templates, "shpo-notice.docx.hbs");

/** The points after the words that order the defendant, in the draft order, as the template writes them. */
function termsAsWorded(shpo: Partial<ShpoApplication>): string[] {
  const markup = order.render(buildShpoView(shpoCase({ prohibitions: [], requirements: [], ...shpo })));
  const after = markup.slice(markup.indexOf("the court orders"));
  return [...after.matchAll(/^ {2}- (.*)$/gm)].map((m) => m[1]);
}

describe("the sexual harm prevention order's term library", () => {
  it("is the list the case format offers for each kind of term, and no other", () => {
    const schema = JSON.parse(readFileSync(join(root, "schemas", "case.schema.json"), "utf8"));
    const shpo = schema.properties.applications.properties.shpo.properties;
    expect(shpo.prohibitions.items.then.enum).toEqual(shpoProhibitionIds);
    expect(shpo.requirements.items.then.enum).toEqual(shpoRequirementIds);
  });

  it.each(shpoProhibitionIds)("words the prohibition %s as \"not to ...\"", (id) => {
    expect(termsAsWorded({ prohibitions: [id] })[0]).toMatch(/^not to [a-z]/);
  });

  it.each(shpoRequirementIds)("words the requirement %s as \"to ...\"", (id) => {
    expect(termsAsWorded({ requirements: [id] })[0]).toMatch(/^to [a-z]/);
  });

  it("names the person the images are of by cipher", () => {
    expect(termsAsWorded({ prohibitions: ["no-images-of-complainant"] })[0]).toContain("of the complainant,");
  });

  it("gives every term its own words, prohibitions before requirements", () => {
    const worded = termsAsWorded({ prohibitions: [...shpoProhibitionIds], requirements: [...shpoRequirementIds] });
    expect(worded).toHaveLength(shpoProhibitionIds.length + shpoRequirementIds.length);
    expect(new Set(worded).size).toBe(worded.length);
    expect(worded.slice(0, shpoProhibitionIds.length).every((t) => t.startsWith("not to "))).toBe(true);
  });

  it("records for every term what makes it necessary and proportionate, and gives the notice its reasons for each", () => {
    const view = buildShpoView(shpoCase({ prohibitions: [...shpoProhibitionIds], requirements: [...shpoRequirementIds] }));
    const markup = notice.render(view);
    const reasons = markup.slice(markup.indexOf("The prosecution's reasons"));
    for (const id of [...shpoProhibitionIds, ...shpoRequirementIds]) {
      expect([id, shpoLibraryTerm(id).necessity.length > 10, shpoLibraryTerm(id).proportionality.length > 10]).toEqual([id, true, true]);
    }
    const points = [...reasons.matchAll(/^ {2}- (.*): (.+)\.$/gm)];
    expect(points).toHaveLength(shpoProhibitionIds.length + shpoRequirementIds.length);
    for (const point of points) expect(point[2].length).toBeGreaterThan(40);
  });

  it("marks each term about online storage or encryption, and the notice puts those to the court as unsettled", () => {
    expect([...shpoProhibitionIds, ...shpoRequirementIds].filter((id) => shpoLibraryTerm(id).unsettled !== undefined)).toEqual(["no-undisclosed-storage", "no-encryption", "notify-accounts"]);
    const withStorage = notice.render(buildShpoView(shpoCase({ requirements: ["notify-accounts"] })));
    const without = notice.render(buildShpoView(shpoCase()));
    expect(withStorage).toContain("has not been confirmed. The prosecution asks the court to decide whether those terms");
    expect(without).not.toContain("The prosecution asks the court to decide whether those terms");
  });

  it("never puts a complainant's name in the view its documents are drafted from", () => {
    const view = buildShpoView(shpoCase({ prohibitions: [...shpoProhibitionIds], requirements: [...shpoRequirementIds] }));
    expect(JSON.stringify(view)).not.toMatch(/Joanna|Pelham/);
  });
});

describe("the notice's serve-by date", () => {
  it("is 2 business days before the hearing, and says the 2-day period is the 2015 text's, the current rule unconfirmed", () => {
    const markup = unescapeUserText(notice.render(buildShpoView(shpoCase())));
    expect(markup).toContain("Serve by: 10 September 2026.");
    expect(markup).toContain("rule 31.3 of the Criminal Procedure Rules 2015 required as made; whether the rules in force now keep that period has not been confirmed");
    expect(markup).not.toContain("not confirmed in the data used");
  });

  it("counts a bank holiday Monday out: a hearing on Wednesday 2 September 2026 is served by Friday 28 August", () => {
    const theCase = shpoCase();
    theCase.hearing.date = "2026-09-02";
    expect(notice.render(buildShpoView(theCase))).toContain("Serve by: 28 August 2026.");
  });

  it("asks for the date to be checked when the hearing is outside the years the bank holiday data covers", () => {
    const theCase = shpoCase();
    theCase.hearing.date = "2029-01-08";
    expect(notice.render(buildShpoView(theCase))).toContain("The bank holidays for the year of the hearing are not confirmed in the data used");
  });
});
