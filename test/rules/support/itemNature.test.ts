import fc from "fast-check";
import type { PropertyKind } from "../../../src/case/types";
import { itemNaturePatterns, judgeItemNature, judgeItemNatureWith } from "../../../src/rules/support/itemNature";

const KINDS: PropertyKind[] = ["device", "storage-media", "printed-material", "other"];

/** Words the patterns look for and words that sit beside them, so that generated descriptions often match. */
const VOCABULARY = [
  "phone", "Mobile Phones", "laptop", "SD card", "micro sd", "USB", "hard drive", "Google Drive", "OneDrive", "icloud drive", "prints", "print-outs",
  "images", "photos", "videos", "files", "back-ups", "screenshots", "data", "cloud", "account", "Instagram", "posted", "online storage", "email accounts",
  "stored", "on", "in", "from", "the", "a", "of", "and", "held", "found",
];
const SEPARATORS = [" ", "  ", "\t", "\n", "-", "_", ".", ",", "'", "/", "0", "7", "x", "S", ""];

/** ASCII descriptions: vocabulary, separators (letters and digits among them, to test word edges) and any ASCII at all. */
const asciiDescription = fc
  .array(fc.oneof(fc.constantFrom(...VOCABULARY), fc.constantFrom(...SEPARATORS), fc.string({ unit: "binary-ascii", maxLength: 6 })), { maxLength: 14 })
  .map((parts) => parts.join(""));

describe("judging what an item is", () => {
  it("judges an ASCII description with the ASCII patterns exactly as with the Unicode ones", () => {
    const { ascii, unicode } = itemNaturePatterns();
    fc.assert(
      fc.property(asciiDescription, fc.constantFrom(...KINDS), (description, kind) => {
        expect(judgeItemNatureWith({ kind, description }, ascii)).toEqual(judgeItemNatureWith({ kind, description }, unicode));
      }),
      { numRuns: 3000 },
    );
  });

  it("finds the same first match with both forms of every pattern, for any ASCII text", () => {
    const { ascii, unicode } = itemNaturePatterns();
    const names = Object.keys(ascii) as Array<keyof typeof ascii>;
    fc.assert(
      fc.property(asciiDescription, (text) => {
        for (const name of names) expect([name, text.search(ascii[name])]).toEqual([name, text.search(unicode[name])]);
      }),
      { numRuns: 3000 },
    );
  });

  it("reads a description that is not all ASCII with Unicode's letters as word edges: 'éphones' names no phone", () => {
    expect(judgeItemNature({ kind: "other", description: "éphones" })).toEqual({ nature: "physical", by: "kind" });
    expect(judgeItemNature({ kind: "other", description: "ephones" })).toEqual({ nature: "physical", by: "kind" });
    expect(judgeItemNature({ kind: "other", description: "é phones" })).toEqual({ nature: "physical", by: "description" });
  });

  it("folds case as Unicode does outside ASCII: an 'ſſd' (long s) is a solid-state drive", () => {
    expect(judgeItemNature({ kind: "other", description: "the ſſd" })).toEqual({ nature: "physical", by: "description" });
    expect(judgeItemNature({ kind: "other", description: "the ſſx" })).toEqual({ nature: "physical", by: "kind" });
  });

  it("judges images on a laptop as the laptop, and images taken from it as information", () => {
    expect(judgeItemNature({ kind: "device", description: "Laptop holding the images" })).toEqual({ nature: "physical", by: "description" });
    expect(judgeItemNature({ kind: "device", description: "Images stored on the laptop" })).toEqual({ nature: "information", by: "description" });
    expect(judgeItemNature({ kind: "storage-media", description: "Google Drive account holding the photos" })).toEqual({ nature: "online", by: "description" });
  });
});
