import { readFileSync } from "node:fs";
import { join } from "node:path";
import { asciiByLibrary, buildAsciiTable, TABLE_BLOCKS } from "../../../src/rules/support/asciiLetters";

const built = join(__dirname, "..", "..", "..", "dist", "rules", "support", "asciiTable.json");

describe("characters as ASCII letters", () => {
  it("the build's table says what the transliteration library says, for every character of its blocks", () => {
    const table = JSON.parse(readFileSync(built, "utf8")) as Record<string, string>;
    const expected = Object.keys(table).length;
    expect(expected).toBeGreaterThan(TABLE_BLOCKS.reduce((n, [first, last]) => n + last - first, 0) / 2);
    for (const [character, letters] of Object.entries(table)) expect([character, letters]).toEqual([character, asciiByLibrary(character)]);
    expect(buildAsciiTable()).toEqual(table);
  });

  it("reads the letters of Latin characters: ß to ss, ł to l, æ to ae, é to e", () => {
    expect(["ß", "ł", "æ", "é"].map(asciiByLibrary)).toEqual(["ss", "l", "ae", "e"]);
  });
});
