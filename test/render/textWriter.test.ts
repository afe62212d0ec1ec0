import { writeText } from "../../src/writers/text";
import type { StructuredDocument } from "../../src/document/model";

describe("the plain-text writer", () => {
  const doc: StructuredDocument = {
    properties: { title: "t", language: "en-GB", date: "2026-01-01" },
    blocks: [
      { type: "heading", level: 1, runs: [{ text: "Deprivation order" }] },
      { type: "numbered", runs: [{ text: "First." }] },
      { type: "numbered", runs: [{ text: "Second, long enough to wrap ".repeat(5).trim() }] },
      { type: "table", header: [[{ text: "Item" }], [{ text: "Value" }]], rows: [[[{ text: "1" }], [{ text: "£5.00" }]]] },
      { type: "signature", lines: [{ label: "Signature:", value: "" }] },
    ],
  };

  it("numbers paragraphs in order and wraps them under a hanging indent", () => {
    const lines = writeText(doc).split("\n");
    expect(lines).toContain("1.  First.");
    expect(lines.some((l) => l.startsWith("2.  Second"))).toBe(true);
    expect(lines.every((l) => l.length <= 78)).toBe(true);
    expect(lines.filter((l) => l.startsWith("    ")).length).toBeGreaterThan(0);
  });

  it("underlines a level-one heading without changing its case, and lays a table out as labelled lines", () => {
    const text = writeText(doc);
    expect(text).toContain("Deprivation order\n=================\n");
    expect(text).toMatch(/Item:\s+1/);
    expect(text).toMatch(/Value:\s+£5\.00/);
    expect(text).toContain("Signature: ______");
  });
});

describe("writeText: structure the templates ask for", () => {
  it("indents the points of a numbered paragraph under its text", () => {
    const text = writeText({
      properties: { title: "T", language: "en-GB", date: "2026-01-01" },
      blocks: [
        { type: "numbered", runs: [{ text: "A finding:" }] },
        { type: "bullet", runs: [{ text: "its point" }], nested: true },
        { type: "bullet", runs: [{ text: "a bullet of its own" }] },
      ],
    });
    expect(text).toBe("1.  A finding:\n\n    - its point\n\n  - a bullet of its own\n");
  });

  it("prints a table's caption and description before its entries", () => {
    const text = writeText({
      properties: { title: "T", language: "en-GB", date: "2026-01-01" },
      blocks: [{ type: "table", header: [[{ text: "Item" }]], rows: [[[{ text: "1" }]]], caption: "Schedule", description: "One row an item." }],
    });
    expect(text).toBe("Table: Schedule\nOne row an item.\n\nItem:          1\n");
  });
});
