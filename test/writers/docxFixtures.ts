/**
 * Documents for the DOCX writer tests: one with every block type, and text
 * that tries to break XML.
 */
import type { Block, StructuredDocument } from "../../src/document/model";

/** Every character class XML and Word have trouble with, in one string. */
export const HOSTILE_TEXT =
  'Less <tag> & "double" \'single\' ]]> end' +
  " controls[" +
  Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join("") +
  "] nonchars[\uFFFE\uFFFF] lone[\uD800][\uDC00] pair[\uD83D\uDE93] emoji 👩‍⚖️" +
  " Arabic مرحبا بالعالم Welsh Llys y Goron, ŵ ŷ â ŵyr";

export function everyBlockDocument(overrides: Partial<StructuredDocument["properties"]> = {}): StructuredDocument {
  const blocks: Block[] = [
    { type: "centered", runs: [{ text: "IN THE CROWN COURT AT MANCHESTER", bold: true }] },
    { type: "centered", runs: [{ text: "R v JOHN SMITH" }] },
    { type: "heading", level: 1, runs: [{ text: "Deprivation order" }] },
    { type: "heading", level: 2, runs: [{ text: "Section 153 Sentencing Act 2020" }] },
    { type: "heading", level: 3, runs: [{ text: "Property" }] },
    {
      type: "paragraph",
      runs: [{ text: "The court orders " }, { text: "deprivation", bold: true }, { text: " of the property below." }],
    },
    { type: "numbered", runs: [{ text: "First numbered paragraph." }] },
    { type: "numbered", runs: [{ text: "Second numbered paragraph." }] },
    { type: "bullet", runs: [{ text: "A mobile telephone" }] },
    { type: "bullet", runs: [{ text: "£1,250 in cash" }] },
    { type: "numbered", runs: [{ text: "Third numbered paragraph." }] },
    {
      type: "table",
      header: [[{ text: "Item" }], [{ text: "Description" }], [{ text: "Exhibit" }]],
      rows: [
        [[{ text: "1" }], [{ text: "Mobile telephone" }], [{ text: "JS/1" }]],
        [[{ text: "2" }], [{ text: "Cash" }]],
      ],
    },
    { type: "pageBreak" },
    { type: "paragraph", runs: [{ text: "On a new page." }] },
    { type: "paragraph", runs: [] },
    {
      type: "signature",
      lines: [
        { label: "Signed:", value: "" },
        { label: "Judge:", value: "HHJ Example" },
        { label: "Date:", value: "4 March 2024" },
      ],
    },
  ];
  return {
    properties: {
      title: "Deprivation order: R v Smith",
      subject: "Sentencing Act 2020, s.153",
      language: "en-GB",
      date: "2024-03-04",
      creator: "ancillary-orders",
      footer: "R v Smith: page {PAGE} of {PAGES}",
      ...overrides,
    },
    blocks,
  };
}

export function hostileDocument(): StructuredDocument {
  return {
    properties: {
      title: `Title ${HOSTILE_TEXT}`,
      subject: `Subject ${HOSTILE_TEXT}`,
      language: "en-GB",
      date: "2024-03-04",
      creator: `Creator ${HOSTILE_TEXT}`,
      footer: `Footer ${HOSTILE_TEXT} {PAGE}/{PAGES}`,
    },
    blocks: [
      { type: "heading", level: 1, runs: [{ text: HOSTILE_TEXT }] },
      { type: "centered", runs: [{ text: HOSTILE_TEXT, bold: true }] },
      { type: "paragraph", runs: [{ text: HOSTILE_TEXT }, { text: HOSTILE_TEXT, bold: true }] },
      { type: "numbered", runs: [{ text: HOSTILE_TEXT }] },
      { type: "bullet", runs: [{ text: HOSTILE_TEXT }] },
      { type: "table", header: [[{ text: HOSTILE_TEXT }]], rows: [[[{ text: HOSTILE_TEXT }]]] },
      { type: "signature", lines: [{ label: HOSTILE_TEXT, value: HOSTILE_TEXT }, { label: HOSTILE_TEXT, value: "" }] },
    ],
  };
}
