import { compareParagraphs, goldenText, paragraphs, PROPERTIES_HEADING } from "../../src/check/golden";
import { locateRemoval, locateWording } from "../../src/check/locate";
import type { TemplateSource } from "../../src/check/compile";
import type { StructuredDocument } from "../../src/document/model";
import { writeText } from "../../src/writers/text";

describe("golden text", () => {
  it("is the plain-text layout followed by the document properties", () => {
    const document: StructuredDocument = {
      properties: { title: "Deprivation order", subject: "Order", footer: "Page {PAGE}", language: "en-GB", date: "2026-09-07" },
      blocks: [
        { type: "heading", level: 1, runs: [{ text: "Deprivation order" }] },
        { type: "numbered", runs: [{ text: "The court orders." }] },
      ],
    };
    expect(goldenText(document)).toBe(`${writeText(document)}\n${PROPERTIES_HEADING}\ntitle: Deprivation order\nsubject: Order\nfooter: Page {PAGE}\nlanguage: en-GB\n`);
  });

  it("splits into paragraphs at blank lines, each with the line it starts on", () => {
    expect(paragraphs("a\nb\n\n\nc\n")).toEqual([
      { text: "a\nb", line: 1 },
      { text: "c", line: 5 },
    ]);
  });
});

describe("comparing paragraphs", () => {
  const golden = "HEADING\n\n1.  The court is satisfied.\n\n2.  The court orders.\n\n3.  The police keep it.\n";

  it("reports a changed paragraph by its number, with a hunk numbered by file lines", () => {
    const [change, ...rest] = compareParagraphs(golden, golden.replace("orders", "directs"));
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ kind: "changed", paragraph: 3, label: "paragraph 3" });
    expect(change.hunk).toBe("@@ -5,1 +5,1 @@\n-2.  The court orders.\n+2.  The court directs.");
  });

  it("reports an inserted paragraph as added, without calling the ones after it changed", () => {
    const changes = compareParagraphs(golden, golden.replace("HEADING\n\n", "HEADING\n\nA new paragraph.\n\n"));
    expect(changes.map((c) => `${c.label} ${c.kind}`)).toEqual(["paragraph 2 added"]);
    expect(changes[0].hunk).toBe("@@ -1,0 +3,1 @@\n+A new paragraph.");
  });

  it("reports a removed paragraph by its number in the golden file", () => {
    const changes = compareParagraphs(golden, golden.replace("2.  The court orders.\n\n", ""));
    expect(changes.map((c) => `${c.label} ${c.kind}`)).toEqual(["paragraph 3 removed"]);
    expect(changes[0].hunk).toBe("@@ -5,1 +3,0 @@\n-2.  The court orders.");
  });

  it("names the document properties rather than numbering them", () => {
    const withProperties = `${golden}\n${PROPERTIES_HEADING}\ntitle: Order\n`;
    const changes = compareParagraphs(withProperties, withProperties.replace("title: Order", "title: Draft order"));
    expect(changes.map((c) => c.label)).toEqual(["document properties"]);
  });
});

describe("finding the template line a paragraph comes from", () => {
  const source = (path: string, text: string): TemplateSource => ({ kind: "document", name: path, path, text });
  const sources = [
    source("order.txt.hbs", "# Order\n\n1. The court is satisfied that {{law.power}} applies.\n\n1. The court directs that {{defendant.name}} is deprived.\n"),
    source("partials/x.hbs", "{{#each property}}Item {{number}}{{/each}}"),
  ];

  it("is the line holding the words a change added", () => {
    expect(locateWording("1.  The court directs that Martin OAKES is deprived.", ["directs"], sources)).toEqual({ file: "order.txt.hbs", line: 5 });
  });

  it("is the line sharing the most fixed wording when nothing was added", () => {
    expect(locateWording("1.  The court is satisfied that s.153 applies.", [], sources)).toEqual({ file: "order.txt.hbs", line: 3 });
  });

  it("falls back to the document's first line", () => {
    expect(locateWording("Something else entirely", [], sources)).toEqual({ file: "order.txt.hbs", line: 1 });
    expect(locateWording(undefined, [], sources)).toEqual({ file: "order.txt.hbs", line: 1 });
  });
});

describe("placing a removed paragraph in the templates", () => {
  const source = (kind: TemplateSource["kind"], name: string, text: string): TemplateSource => ({ kind, name, path: kind === "document" ? name : `partials/${name}.hbs`, text });
  const order = source("document", "order.txt.hbs", "# Order\n\n1. The court is satisfied that the condition is met.\n\n## Schedule of property\n\n{{> schedule}}\n\n@signature\nSignature of the judge:\n");
  const schedule = source("partial", "schedule", "{{#each property}}\nItem {{number}}, described as {{description}}\n{{/each}}");
  const golden = "ORDER\n\n1.  The court is satisfied that the condition is met.\n\nSchedule of property\n\nItem 1, described as a\ntelephone\n\nSignature of the judge: ____\n\n[document properties]\ntitle: Order\n";

  it("knows the paragraphs now around it, but not the document properties", () => {
    const [middle] = compareParagraphs(golden, golden.replace("Schedule of property\n\n", ""));
    expect(middle).toMatchObject({ kind: "removed", goldenLine: 5, previous: "1.  The court is satisfied that the condition is met.", next: "Item 1, described as a\ntelephone" });
    const [last] = compareParagraphs(golden, golden.replace("Signature of the judge: ____\n\n", ""));
    expect(last).toMatchObject({ kind: "removed", goldenLine: 10, previous: "Item 1, described as a\ntelephone", next: undefined });
  });

  it("is just above the line of the paragraph that follows it", () => {
    expect(locateRemoval("ORDER", "1.  The court is satisfied that the condition is met.", [order, schedule])).toEqual({ file: "order.txt.hbs", line: 3 });
  });

  it("is the line including a partial, when the paragraph that follows comes from the partial and the one before does not", () => {
    expect(locateRemoval("1.  The court is satisfied that the condition is met.", "Item 1, described as a\ntelephone", [order, schedule])).toEqual({ file: "order.txt.hbs", line: 7 });
  });

  it("is just below the template's last line when it was the last paragraph", () => {
    const without = { ...order, text: order.text.replace("@signature\nSignature of the judge:\n", "") };
    expect(locateRemoval("Item 1, described as a\ntelephone", undefined, [without, schedule])).toEqual({ file: "order.txt.hbs", line: 8 });
  });
});
