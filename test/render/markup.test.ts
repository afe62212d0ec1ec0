import { parseMarkup, parseRuns } from "../../src/render/markup";
import { escapeUserText, unescapeUserText } from "../../src/render/markupEscape";

describe("the template markup", () => {
  it("reads headings, centred lines, numbered paragraphs, bullets, tables and a signature block", () => {
    const doc = parseMarkup(
      [
        "@title A title",
        "@subject A subject",
        "@footer Page {PAGE} of {PAGES}",
        "@center **IN THE CROWN COURT AT LUTON**",
        "",
        "# Heading",
        "## Sub heading",
        "1. First numbered",
        "continues here.",
        "",
        "- A bullet",
        "| Item | Value |",
        "|---|---|",
        "| 1 | £180.00 |",
        "",
        "@signature",
        "Name: Priya SHAH",
        "Signature:",
      ].join("\n"),
      "2026-09-07",
    );
    expect(doc.properties).toEqual({ title: "A title", subject: "A subject", footer: "Page {PAGE} of {PAGES}", language: "en-GB", date: "2026-09-07" });
    expect(doc.blocks.map((b) => b.type)).toEqual(["centered", "heading", "heading", "numbered", "bullet", "table", "signature"]);
    expect(doc.blocks[0]).toEqual({ type: "centered", runs: [{ text: "IN THE CROWN COURT AT LUTON", bold: true }] });
    expect(doc.blocks[3]).toEqual({ type: "numbered", runs: [{ text: "First numbered continues here." }] });
    expect(doc.blocks[5]).toEqual({ type: "table", header: [[{ text: "Item" }], [{ text: "Value" }]], rows: [[[{ text: "1" }], [{ text: "£180.00" }]]] });
    expect(doc.blocks[6]).toEqual({ type: "signature", lines: [{ label: "Name:", value: "Priya SHAH" }, { label: "Signature:", value: "" }] });
  });

  it("never reads a user's text as markup, whatever it holds", () => {
    const hostile = "# not a heading | not a cell **not bold** @pagebreak 1. - > \\";
    const doc = parseMarkup(`1. Description: ${escapeUserText(hostile)}\n| A |\n| ${escapeUserText("x | y")} |`, "2026-01-01");
    expect(doc.blocks[0]).toEqual({ type: "numbered", runs: [{ text: `Description: ${hostile}` }] });
    expect(doc.blocks[1]).toEqual({ type: "table", header: [[{ text: "A" }]], rows: [[[{ text: "x | y" }]]] });
  });

  it("keeps a user's text that starts a line as a plain paragraph", () => {
    for (const text of ["# heading", "- bullet", "1. numbered", "@center x", "| cell |"]) {
      const doc = parseMarkup(escapeUserText(text), "2026-01-01");
      expect(doc.blocks).toEqual([{ type: "paragraph", runs: [{ text }] }]);
    }
  });

  it("removes characters Word refuses and folds line breaks in user text", () => {
    expect(unescapeUserText(escapeUserText("a\u0000b\u0007c\r\nd\ufffee\ud800f"))).toBe("abc def");
  });

  it("prints template syntax in user text literally", () => {
    expect(parseRuns(escapeUserText("{{defendant.name}} {{{x}}}"))).toEqual([{ text: "{{defendant.name}} {{{x}}}" }]);
  });
});

describe("the template markup for layout the templates ask for", () => {
  it("keeps the block after @keep-with-previous with the one before it, and no other", () => {
    const doc = parseMarkup(["1. The last words.", "", "@keep-with-previous", "@signature", "Signature:", "", "A paragraph."].join("\n"), "2026-01-01");
    expect(doc.blocks).toEqual([
      { type: "numbered", runs: [{ text: "The last words." }] },
      { type: "signature", lines: [{ label: "Signature:", value: "" }], keepWithPrevious: true },
      { type: "paragraph", runs: [{ text: "A paragraph." }] },
    ]);
  });

  it("makes an indented bullet a point of the numbered paragraph or bullet above it", () => {
    const doc = parseMarkup(["1. A finding:", "", "  - first point", "  - second point", "- a bullet", "  - its point"].join("\n"), "2026-01-01");
    expect(doc.blocks.map((b) => (b.type === "bullet" ? `bullet${b.nested ? " nested" : ""}` : b.type))).toEqual([
      "numbered",
      "bullet nested",
      "bullet nested",
      "bullet",
      "bullet nested",
    ]);
  });

  it("reads an indented bullet with no list item above it as an ordinary bullet", () => {
    for (const above of ["A paragraph:", "## A heading", "@center A centred line"]) {
      const doc = parseMarkup([above, "", "  - a point"].join("\n"), "2026-01-01");
      expect(doc.blocks[1]).toEqual({ type: "bullet", runs: [{ text: "a point" }] });
    }
  });

  it("gives the next table the caption and description written before it", () => {
    const doc = parseMarkup(["@caption Schedule of property", "@description One row for each item.", "| Item |", "| 1 |"].join("\n"), "2026-01-01");
    expect(doc.blocks).toEqual([
      { type: "table", header: [[{ text: "Item" }]], rows: [[[{ text: "1" }]]], caption: "Schedule of property", description: "One row for each item." },
    ]);
  });

  it("drops a caption that a table does not follow, so it never reaches a later table", () => {
    const doc = parseMarkup(["@caption Lost", "A paragraph.", "", "| Item |", "| 1 |"].join("\n"), "2026-01-01");
    expect(doc.blocks[1]).toEqual({ type: "table", header: [[{ text: "Item" }]], rows: [[[{ text: "1" }]]] });
  });
});
