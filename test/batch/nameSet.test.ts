import fc from "fast-check";
import { NameSet } from "../../src/batch/nameSet";

describe("the compact set of folder names", () => {
  it("holds exactly the names added, as a Set would, through every growth of its table and buffer", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 90 }), { maxLength: 300 }), fc.array(fc.string({ maxLength: 90 }), { maxLength: 50 }), (added, asked) => {
        const names = new NameSet();
        const reference = new Set<string>();
        for (const name of added) {
          expect(names.add(name)).toBe(!reference.has(name));
          reference.add(name);
        }
        expect(names.size).toBe(reference.size);
        for (const name of [...added, ...asked]) expect(names.has(name)).toBe(reference.has(name));
      }),
    );
  });

  it("keeps 100,000 case folder names apart, and tells a new one from each", () => {
    const names = new NameSet();
    for (let i = 0; i < 100_000; i++) expect(names.add(`41ln${1_000_000 + i}`)).toBe(true);
    expect(names.size).toBe(100_000);
    expect(names.add("41ln1099999")).toBe(false);
    expect(names.has("41ln1100000")).toBe(false);
    expect(names.add("41ln1100000")).toBe(true);
  });

  it("tells apart names that differ only in a lone surrogate, or in a name longer than 65,535 characters", () => {
    const names = new NameSet();
    expect(names.add("a\ud800")).toBe(true);
    expect(names.add("a\udc00")).toBe(true);
    expect(names.add("a\ufffd")).toBe(true);
    const long = "x".repeat(70_000);
    expect(names.add(long)).toBe(true);
    expect(names.has(`${long}y`)).toBe(false);
    expect(names.has("x".repeat(70_000 - 65_536))).toBe(false);
    expect(names.add(long)).toBe(false);
  });
});
