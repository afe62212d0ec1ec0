import { readFileSync } from "node:fs";
import { join } from "node:path";
import { restrainingTermIds } from "../../src/case/restrainingTerms";
import { buildRestrainingView } from "../../src/orders/restraining/view";
import { findTemplate } from "../../src/render/renderDocuments";
import { loadTemplates } from "../../src/render/templates";
import type { RestrainingTerm } from "../../src/case/types";
import { restrainingCase } from "../support/cases";

const root = join(__dirname, "..", "..");
const order = findTemplate(loadTemplates(), "restraining-order.docx.hbs");

/** The points under "the court orders <defendant>:" in the draft order, as the template writes them. */
function termsAsWorded(terms: RestrainingTerm[]): string[] {
  const markup = order.render(buildRestrainingView(restrainingCase({ terms })));
  const after = markup.slice(markup.indexOf("the court orders"));
  return [...after.matchAll(/^ {2}- (.*)$/gm)].map((m) => m[1]);
}

describe("the restraining order's term library", () => {
  it("is the list the case format offers, and no other", () => {
    const schema = JSON.parse(readFileSync(join(root, "schemas", "case.schema.json"), "utf8"));
    const item = schema.properties.applications.properties.restraining.properties.terms.items;
    expect(item.then.enum).toEqual(restrainingTermIds);
  });

  it.each(restrainingTermIds)("words %s in the order as \"not to ...\", naming the person protected by cipher", (id) => {
    const [worded] = termsAsWorded([id]);
    expect(worded).toMatch(/^not to [a-z]/);
    expect(worded).toContain("the complainant");
  });

  it("gives every term its own words", () => {
    const worded = termsAsWorded([...restrainingTermIds]);
    expect(worded).toHaveLength(restrainingTermIds.length);
    expect(new Set(worded).size).toBe(restrainingTermIds.length);
  });

  it("prints a term of the case's own as written, each term but the last ending with a semicolon", () => {
    expect(termsAsWorded(["no-contact", { text: "not to enter Ashby Road, Hinckley", placeSafe: true }])).toEqual([
      "not to contact the complainant in any way, directly or indirectly, including through another person, by message or letter, or online;",
      "not to enter Ashby Road, Hinckley.",
    ]);
  });

  it("never puts a protected person's name in the view its documents are drafted from", () => {
    const view = buildRestrainingView(restrainingCase({ terms: ["no-contact"] }));
    expect(JSON.stringify(view)).not.toMatch(/Joanna|Pelham/);
  });
});
