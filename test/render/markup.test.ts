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
