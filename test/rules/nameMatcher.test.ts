import fc from "fast-check";
import { compileNameParts } from "../../src/rules/support/nameMatcher";
import { findNameParts, nameParts, type NamePart } from "../../src/rules/support/names";
import { findingsFor, validCase } from "../support/cases";

/** Letters and marks that case folding, accents and look-alikes make tricky, with digits, apostrophes, hyphens and spaces. */
const TRICKY = [..."aAbBjJoOnNsSeEuUkKiI", "ß", "ẞ", "ſ", "ı", "İ", "Σ", "σ", "ς", "K", "µ", "μ", "ǅ", "ǆ", "Ǆ", "о", "а", "Р", "é", "e\u0301", "ü", "ø", "æ", "ﬁ", "Ⅻ", "1", "2", "9", "'", "’", "-", " ", "\u00A0", "\t", "\n", ".", ",", "_", "@"];

const nameText = fc.array(fc.constantFrom(...TRICKY), { minLength: 1, maxLength: 14 }).map((cs) => cs.join(""));
const proseText = fc.array(fc.oneof(fc.constantFrom(...TRICKY), nameText), { maxLength: 40 }).map((cs) => cs.join(""));

describe("finding many complainants' names at once", () => {
  it("finds exactly what findNameParts finds, whatever the names and the text", () => {
    fc.assert(
      fc.property(fc.array(nameText, { minLength: 1, maxLength: 4 }), fc.array(proseText, { maxLength: 4 }), fc.constantFrom(new Set<string>(), new Set(["anna", "jo"])), (names, texts, except) => {
        const parts: NamePart[] = names.flatMap((name) => nameParts(name, except));
        const matcher = compileNameParts(parts);
        // Each name also appears in the texts as written and run together, so matches are common, not rare.
        const runTogether = names.map((name) => `x${name.replace(/[^\p{L}\p{N}]+/gu, "")}y`).join(" ");
        for (const text of [...texts, names.join(" and "), names.map((n) => n.toUpperCase()).join("x"), runTogether]) {
          expect(matcher.find(text)).toEqual(findNameParts(text, parts));
        }
      }),
      { numRuns: 400 },
    );
  });

  it("finds names that differ from the text only in case, accents, apostrophes or digits around them", () => {
    const parts = ["Joanna Pelham", "Ann-Marie O'Brien", "Jo", "May Rose", "Kate2"].flatMap((name) => nameParts(name));
    const matcher = compileNameParts(parts);
    for (const text of ["JOANNA pelham", "jóanna1990", "xjoannapelhamx", "ann-marie o’brien's", "JO", "may", "MAY", "kate2", "KATE23", "12kate2"]) {
      expect(matcher.find(text)).toEqual(findNameParts(text, parts));
      expect(matcher.find(text).length).toBeGreaterThan(0);
    }
  });

  it("finds a name run together that ends inside another one run together", () => {
    const parts = ["Anna Smith", "Nas Mith"].flatMap((name) => nameParts(name));
    const found = compileNameParts(parts).find("xannasmithx");
    expect(found).toEqual(findNameParts("xannasmithx", parts));
    expect(found.filter((m) => m.kind === "full name")).toHaveLength(2);
  });

  it("finds what findNameParts finds in handles, addresses, plurals and other spellings", () => {
    const parts = ["Joanna Pelham", "Holly Jones", "Siobhan O'Neill", "Anna Müller", "Rose Baker", "Юлия Сорокина"].flatMap((name) => nameParts(name));
    const matcher = compileNameParts(parts);
    for (const text of ["jpelham@example.com", "@joannap1990", "the Pelhams' home", "@holly1990", "holly bushes", "O Neill", "ONEILL", "Mueller", "prose_writer", "Sorokina", "x.holly@example.com", "Jоanna", "the Joneses came", "Baker's car", "the Mullers"]) {
      expect([text, matcher.find(text)]).toEqual([text, findNameParts(text, parts)]);
    }
  });

  it("checks a case with hundreds of complainants and paragraphs by trying each name only where its letters are", () => {
    const c = validCase();
    c.complainants = Array.from({ length: 300 }, (_, i) => ({ id: `C${i}`, name: `Firstname${i} Middlename${i} Surname${i}`, cipher: `Person ${i}` }));
    c.offences = Array.from({ length: 300 }, (_, i) => ({ ...c.offences[0], id: `O${i}`, complainant: `C${i}`, particulars: `Threatened to share a photograph of Person ${i}.` }));
    c.offences[299].particulars = "Threatened to share a photograph of Firstname7.";
    // Count the searches made with two of the names' own patterns (string tests: a regular expression here would call exec itself).
    let searches = 0;
    const exec = RegExp.prototype.exec;
    const spy = jest.spyOn(RegExp.prototype, "exec").mockImplementation(function (this: RegExp, text: string) {
      if (this.source.includes("name7") || this.source.includes("name8")) searches++;
      return exec.call(this, text);
    });
    try {
      expect(findingsFor("complainant-named", c).map((f) => f.path)).toEqual([["offences", 299, "particulars"]]);
      // Where a name's letters are (once here), not in every paragraph: six patterns over 600 texts would be 3,600 searches.
      expect(searches).toBeLessThan(10);
    } finally {
      spy.mockRestore();
    }
  });
});
