import { bodyContent } from "../../src/writers/docx/blocks";
import { footerParagraph } from "../../src/writers/docx/footer";
import { estimatePages } from "../../src/writers/docx/pageEstimate";
import { writeDocx } from "../../src/writers/docx";
import { packageParts } from "../../src/writers/docx/packageParts";
import { houseDocument } from "../../src/writers/docx/housePackage";
import type { StructuredDocument } from "../../src/document/model";
import { docxParts } from "../support/docxText";
import { everyBlockDocument, hostileDocument } from "./docxFixtures";

type Writer = (doc: StructuredDocument) => Uint8Array;

/** writeDocx from a fresh copy of the writer's modules: no template or cache kept from earlier writes. */
function freshWriter(): Writer {
  let writer: Writer | undefined;
  jest.isolateModules(() => {
    writer = (jest.requireActual("../../src/writers/docx") as { writeDocx: Writer }).writeDocx;
  });
  return writer!;
}

interface ZipEntry {
  name: string;
  dosTime: number;
  dosDate: number;
  madeBy: number;
  externalAttributes: number;
  extraLength: number;
}

/** The central directory's entries, read straight from the bytes. */
function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      madeBy: view.getUint16(at + 4, true),
      dosTime: view.getUint16(at + 12, true),
      dosDate: view.getUint16(at + 14, true),
      externalAttributes: view.getUint32(at + 38, true),
      extraLength,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

describe("writeDocx: reproducible bytes", () => {
  afterEach(() => jest.useRealTimers());

  it("gives the same bytes for the same document, whatever the clock says", () => {
    jest.useFakeTimers({ now: new Date("2030-06-15T13:37:11.123Z") });
    const summer = freshWriter()(everyBlockDocument());
    jest.setSystemTime(new Date("1999-12-31T23:59:58.999Z"));
    const newYear = freshWriter()(everyBlockDocument());
    jest.setSystemTime(new Date("2030-06-16T02:00:00Z"));
    const sameProcess = writeDocx(everyBlockDocument());
    expect(Buffer.from(newYear).equals(Buffer.from(summer))).toBe(true);
    expect(Buffer.from(sameProcess).equals(Buffer.from(summer))).toBe(true);
  });

  it("gives the same bytes after a real delay", async () => {
    const before = writeDocx(everyBlockDocument());
    await new Promise((resolve) => setTimeout(resolve, 2100)); // zip times count in 2-second steps
    expect(Buffer.from(writeDocx(everyBlockDocument())).equals(Buffer.from(before))).toBe(true);
  });

  it("gives the same bytes whatever was written before (kept parts and blocks change nothing)", () => {
    const writer = freshWriter();
    const first = writer(hostileDocument());
    writer(everyBlockDocument({ footer: undefined }));
    writer(everyBlockDocument({ language: "cy-GB" }));
    expect(Buffer.from(writer(hostileDocument())).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(freshWriter()(everyBlockDocument())).equals(Buffer.from(writer(everyBlockDocument())))).toBe(
      true,
    );
  });

  it("dates the zip entries 1980-01-01 00:00, not the time of writing", () => {
    for (const entry of zipEntries(writeDocx(everyBlockDocument()))) {
      expect({ name: entry.name, time: entry.dosTime, date: entry.dosDate }).toEqual({
        name: entry.name,
        time: 0,
        date: (0 << 9) | (1 << 5) | 1,
      });
      // No extra fields (which can carry timestamps) and no host file modes.
      expect(entry.extraLength).toBe(0);
      expect(entry.externalAttributes).toBe(0);
    }
  });

  it("zips the parts in a fixed order: content types first, then by path", () => {
    const names = zipEntries(writeDocx(everyBlockDocument())).map((entry) => entry.name);
    expect(names[0]).toBe("[Content_Types].xml");
    expect(names.slice(1)).toEqual([...names.slice(1)].sort());
    expect(names).toEqual(expect.arrayContaining(["word/document.xml", "word/styles.xml", "word/numbering.xml"]));
  });
});

describe("writeDocx: core properties", () => {
  const core = docxParts(writeDocx(everyBlockDocument())).get("docProps/core.xml")!;

  it("dates the document created and modified on properties.date, at midnight UTC", () => {
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-04T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2024-03-04T00:00:00Z</dcterms:modified>');
  });

  it("records the title, subject, author and language", () => {
    expect(core).toContain("<dc:title>Deprivation order: R v Smith</dc:title>");
    expect(core).toContain("<dc:subject>Sentencing Act 2020, s.153</dc:subject>");
    expect(core).toContain("<dc:creator>ancillary-orders</dc:creator>");
    expect(core).toContain("<dc:language>en-GB</dc:language>");
  });

  it("names no author when properties.creator is absent (docx would say Un-named)", () => {
    const bytes = writeDocx(everyBlockDocument({ creator: undefined, subject: undefined }));
    const anonymous = docxParts(bytes).get("docProps/core.xml")!;
    expect(anonymous).not.toContain("dc:creator");
    expect(anonymous).not.toContain("Un-named");
    expect(anonymous).not.toContain("dc:subject");
  });

  it.each(["2024-02-30", "2024-13-01", "4 March 2024", "2024-3-4", ""])("refuses %j as a date", (date) => {
    expect(() => writeDocx(everyBlockDocument({ date }))).toThrow(RangeError);
  });
});

describe("writeDocx: agreement with docx's own packer", () => {
  it.each([
    ["every block type", everyBlockDocument()],
    ["hostile text", hostileDocument()],
    ["no footer", everyBlockDocument({ footer: undefined })],
  ])("writes the same parts as docx compiling the whole document itself (%s), bar core.xml", (_, doc) => {
    const reference = packageParts(
      houseDocument({
        language: doc.properties.language,
        children: bodyContent(doc.blocks),
        footer: doc.properties.footer === undefined ? undefined : footerParagraph(doc.properties.footer, estimatePages(doc.blocks)),
      }),
    );
    const written = docxParts(writeDocx(doc));
    expect([...written.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [path, data] of reference) {
      if (path === "docProps/core.xml") continue;
      expect({ path, xml: written.get(path) }).toEqual({ path, xml: data });
    }
  });
});
