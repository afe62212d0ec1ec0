import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { StructuredDocument } from "../../src/document/model";
import { compileHousePackage } from "../../src/writers/docx/housePackage";
import { PREBUILT_CHOICES, packageKey, storedLayouts } from "../../src/writers/docx/prebuiltPackage";
import { everyBlockDocument, hostileDocument } from "./docxFixtures";

type Writer = (doc: StructuredDocument) => Uint8Array;

const builtFile = join(__dirname, "..", "..", "dist", "writers", "docx", "prebuiltPackages.json");

/**
 * The documents written by a fresh copy of the writer's modules, with or without the build's
 * packages beside them (read when the first document is written, so inside the isolation).
 */
function writeAll(prebuilt: string | undefined, docs: StructuredDocument[]): Buffer[] {
  let written: Buffer[] = [];
  jest.isolateModules(() => {
    // As from the sources: no file beside the module (a factory that throws is a missing file to the writer).
    const noFile = () => {
      throw new Error("Cannot find module './prebuiltPackages.json'");
    };
    jest.doMock("../../src/writers/docx/prebuiltPackages.json", prebuilt === undefined ? noFile : () => JSON.parse(prebuilt), { virtual: true });
    const writer = (jest.requireActual("../../src/writers/docx") as { writeDocx: Writer }).writeDocx;
    written = docs.map((doc) => Buffer.from(writer(doc)));
  });
  return written;
}

describe("the DOCX parts built once, at build time", () => {
  it("are what docx compiles and DEFLATE compresses now, byte for byte", () => {
    const compiled = new Map(PREBUILT_CHOICES.map(({ language, withFooter }) => [packageKey(language, withFooter), compileHousePackage(language, withFooter).layout]));
    expect(readFileSync(builtFile, "utf8")).toBe(storedLayouts(compiled));
  });

  it("give documents the same bytes as parts compiled when drafting, with a footer and without, and in another language", () => {
    const docs = [everyBlockDocument(), hostileDocument(), everyBlockDocument({ footer: undefined }), everyBlockDocument({ language: "cy-GB" })];
    const withParts = writeAll(readFileSync(builtFile, "utf8"), docs);
    const without = writeAll(undefined, docs);
    withParts.forEach((bytes, i) => expect(bytes.equals(without[i])).toBe(true));
  });

  it("are the parts the writer uses: a damaged part in them shows in the document", () => {
    const built = JSON.parse(readFileSync(builtFile, "utf8")) as Record<string, { fixedParts: Array<[string, { crc: number }]> }>;
    for (const layout of Object.values(built)) layout.fixedParts[0][1].crc ^= 1;
    const [damaged] = writeAll(JSON.stringify(built), [everyBlockDocument()]);
    const [without] = writeAll(undefined, [everyBlockDocument()]);
    expect(damaged.equals(without)).toBe(false);
  });
});
