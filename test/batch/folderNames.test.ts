import fc from "fast-check";
import { FolderNames, isPlainFolderName } from "../../src/batch/folderNames";
import { safeFileName } from "../../src/files/safeName";

describe("case folder names", () => {
  it("names a folder from the reference, made safe, and unique without regard to case", () => {
    const names = new FolderNames();
    expect(names.claim("41LN0456726")).toBe("41LN0456726");
    expect(names.claim("41LN0456726")).toBe("41LN0456726-2");
    expect(names.claim("41ln0456726")).toBe("41ln0456726-3");
    expect(names.claim("../../etc/passwd")).toBe("etc_passwd");
    expect(names.claim("CON")).toBe("case");
    expect(names.claim("")).toBe("case-2");
    expect(names.claim("manifest.jsonl")).toBe("manifest.jsonl-2");
    expect(names.claim("MANIFEST.json")).toBe("MANIFEST.json-2");
  });

  it("keeps clear of folders an earlier run recorded", () => {
    const names = new FolderNames();
    names.reserve("41LN0456726");
    expect(names.claim("41LN0456726")).toBe("41LN0456726-2");
  });

  it("keeps long names within the limit, so they read back as plain names", () => {
    const names = new FolderNames();
    const long = "R".repeat(200);
    const first = names.claim(long);
    const second = names.claim(long);
    expect(first.length).toBe(80);
    expect(second).toMatch(/^R{78}-2$/);
    expect(isPlainFolderName(first) && isPlainFolderName(second)).toBe(true);
  });

  it("refuses names that are not a plain folder of --out", () => {
    for (const bad of ["", "..", "a/b", "a\\b", ".hidden", "manifest.jsonl", "manifest.json", "con"]) expect(isPlainFolderName(bad)).toBe(false);
  });
});

describe("case folder names for many repeats", () => {
  /** The rule as the docs state it: the first free name of REF, REF-2, REF-3 ..., compared without case. */
  function plainRule(): { claim(reference: string): string; reserve(name: string): void } {
    const taken = new Set(["manifest.jsonl", "manifest.json"]);
    const free = (name: string) => !taken.has(name.toLowerCase());
    return {
      reserve: (name) => void taken.add(name.toLowerCase()),
      claim(reference) {
        const base = safeFileName(reference, "case");
        let name = base;
        for (let n = 2; !free(name); n++) name = `${base.slice(0, 80 - String(n).length - 1)}-${n}`;
        taken.add(name.toLowerCase());
        return name;
      },
    };
  }

  it("gives the same names as trying REF, REF-2, REF-3 ... in turn, whatever the mix of references", () => {
    const references = fc.oneof(
      fc.constantFrom("41LN0456726", "41ln0456726", "41LN0456726-2", "41LN0456726-3", "case", "", "CON", "R".repeat(78), "R".repeat(79), "R".repeat(80), "r".repeat(90)),
      fc.constantFrom(...Array.from({ length: 12 }, (_, n) => `${"R".repeat(77)}-${n + 2}`), ...Array.from({ length: 12 }, (_, n) => `${"R".repeat(78)}-${n + 2}`)),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), references), { maxLength: 120 }), (steps) => {
        const fast = new FolderNames();
        const plain = plainRule();
        for (const [reserve, reference] of steps) {
          if (reserve) {
            const name = safeFileName(reference, "case");
            fast.reserve(name);
            plain.reserve(name);
          } else expect(fast.claim(reference)).toBe(plain.claim(reference));
        }
      }),
      { numRuns: 300 },
    );
    // Past -9 a long reference loses a character to the second digit, and its stem meets a shorter reference's.
    const fast = new FolderNames();
    const plain = plainRule();
    for (let i = 0; i < 25; i++) {
      for (const reference of ["R".repeat(77), "R".repeat(78), "r".repeat(80), "41LN0456726"]) expect(fast.claim(reference)).toBe(plain.claim(reference));
    }
  });

  it("names the nth repeat of a reference without trying the n-1 names before it", () => {
    const names = new FolderNames();
    const has = jest.spyOn(Set.prototype, "has");
    try {
      for (let i = 0; i < 3000; i++) names.claim("41LN0456726");
      // Each claim looks at its reference and at one suffixed name: not at every earlier one.
      expect(has.mock.calls.length).toBeLessThan(3 * 3000);
    } finally {
      has.mockRestore();
    }
    expect(names.claim("41LN0456726")).toBe("41LN0456726-3001");
  });
});
