/**
 * Nothing is ever written outside the chosen output folder, whatever the case
 * says. `draft` writes fixed file names; `batch` names a folder per case from its
 * reference, made safe by safeFileName and kept inside --out by confined().
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import fc from "fast-check";
import { safeFileName } from "../../src/files/safeName";
import { confined, writeOutputs } from "../../src/files/writeOutputs";
import { InputError } from "../../src/load/errors";
import { runCli } from "../support/cli";
import { exampleCase, filesUnder, runCliWith, scratch, STACK_LINE } from "./helpers";
import { readManifestLines } from "../support/manifest";

/** What a folder name must never hold: separators, controls, invisible characters, Windows' reserved characters, lone surrogates. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*]|\p{Cf}|\p{Cs}/u;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

/** The references an attacker would try, and the folder each must become. */
const HOSTILE_REFERENCES: Array<[string, string]> = [
  ["../../etc/passwd", "etc_passwd"],
  ["/abs/path", "abs_path"],
  ["..", "case"],
  [".", "case"],
  ["...", "case"],
  ["CON", "case"],
  ["con.txt", "case"],
  ["LPT1.yaml", "case"],
  ["COM\u00b9", "case"],
  ["..\\..\\Windows\\System32", "Windows_System32"],
  ["~/.ssh/authorized_keys", "~_.ssh_authorized_keys"],
  ["a\tb\u001bc\u0007d\u0085e", "a_b_c_d_e"],
  ["evil\u202etxt.exe", "evil_txt.exe"],
  ["x".repeat(500), "x".repeat(80)],
  ["ä".repeat(79) + "\u{1F600}", "ä".repeat(79)],
  ["trailing dot.", "trailing_dot"],
  [" spaced ", "spaced_"],
];

describe("safeFileName", () => {
  it.each(HOSTILE_REFERENCES)("makes %j the plain name %j", (reference, expected) => {
    expect(safeFileName(reference)).toBe(expected);
  });

  it("always gives one plain, portable name of at most 80 characters, the same when applied again", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 200 }),
          fc.string({ unit: "grapheme", maxLength: 120 }),
          fc.array(fc.constantFrom("..", ".", "/", "\\", "CON", "nul", ".txt", "\u0000", "\u202e", "\ud83d", "\ude00", "\u{1F600}", "ä", " ", "_", "x"), { maxLength: 90 }).map((parts) => parts.join("")),
        ),
        (reference) => {
          const name = safeFileName(reference);
          expect(name.length).toBeGreaterThan(0);
          expect(name.length).toBeLessThanOrEqual(80);
          expect(UNSAFE.test(name)).toBe(false);
          expect(RESERVED.test(name)).toBe(false);
          expect(name).not.toMatch(/^[.\s_]|[.\s]$/);
          expect(safeFileName(name)).toBe(name);
          const dir = join("/", "out");
          expect(dirname(confined(dir, name))).toBe(dir);
        },
      ),
      { numRuns: Number(process.env.HOSTILE_RUNS) || 500 },
    );
  });
});

describe("confined", () => {
  it.each(["../escape", "../../etc/passwd", "/etc/passwd", "a/b", "..", ".", "", "a\\b", "a\u0000b"])("refuses %j as a file name", (name) => {
    expect(() => confined("/tmp/out", name)).toThrow(InputError);
  });

  it("gives the path of a plain name inside the folder", () => {
    expect(confined("/tmp/out", "order.txt")).toBe("/tmp/out/order.txt");
  });

  it("writeOutputs refuses a file name that would leave the folder, before writing anything", async () => {
    const area = scratch("confined");
    try {
      const out = join(area.dir, "out");
      const files = [
        { fileName: "order.txt", bytes: new Uint8Array([1]) },
        { fileName: "../escaped.txt", bytes: new Uint8Array([2]) },
      ];
      await expect(writeOutputs(out, files)).rejects.toThrow(InputError);
      expect(existsSync(join(area.dir, "escaped.txt"))).toBe(false);
      expect(filesUnder(out)).toEqual([]);
    } finally {
      area.remove();
    }
  });
});

describe("batch: folders named from hostile references", () => {
  let area: ReturnType<typeof scratch>;
  let out: string;
  let result: ReturnType<typeof runCli>;
  const absolute = () => join(area.dir, "absolute-target");
  const references = () => [...HOSTILE_REFERENCES.map(([reference]) => reference), `${absolute()}/evil`, "manifest.jsonl", "manifest.json"];

  beforeAll(() => {
    area = scratch("batch-paths");
    const cases = join(area.dir, "cases");
    mkdirSync(cases);
    const example = readFileSync(exampleCase, "utf8");
    references().forEach((reference, i) => {
      writeFileSync(join(cases, `case-${String(i).padStart(2, "0")}.yaml`), example.replace('reference: "41LN0456726"', `reference: ${JSON.stringify(reference)}`));
    });
    // --out two levels down, so "../../x" would land in the scratch folder, where the test looks.
    out = join(area.dir, "deep", "er", "out");
    result = runCli(["batch", cases, "--out", out, "--jobs", "2", "--quiet"]);
  });
  afterAll(() => area.remove());

  it("drafts every case", () => {
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^${references().length} drafted, 0 failed`));
  });

  it("writes nothing outside --out", () => {
    expect(readdirSync(area.dir).sort()).toEqual(["cases", "deep"]);
    expect(readdirSync(join(area.dir, "deep"))).toEqual(["er"]);
    expect(readdirSync(join(area.dir, "deep", "er"))).toEqual(["out"]);
    expect(existsSync(absolute())).toBe(false);
    for (const file of filesUnder(out)) expect(relative(out, join(out, file)).startsWith("..")).toBe(false);
  });

  it("gives each case one plain folder of its own, as the manifest records", () => {
    const manifest = readManifestLines<{ input: string; folder: string; status: string }>(out);
    const folders = manifest.cases.map((c) => c.folder);
    expect(new Set(folders.map((f) => f.toLowerCase())).size).toBe(folders.length);
    for (const folder of folders) {
      expect(folder).not.toMatch(UNSAFE);
      expect(["manifest.jsonl", "manifest.json"]).not.toContain(folder);
      expect(lstatSync(join(out, folder)).isDirectory()).toBe(true);
      expect(readdirSync(join(out, folder)).sort()).toEqual(["application.docx", "order.docx", "order.txt"]);
    }
    // On disk exactly the folders the manifest names (a lone surrogate would be written as U+FFFD).
    expect(readdirSync(out).filter((name) => name !== "manifest.jsonl").sort()).toEqual([...folders].sort());
  });

  it("refuses to write through a case folder that someone planted in --out as a symlink to elsewhere", () => {
    const area = scratch("planted");
    try {
      const caseFile = join(area.dir, "case.yaml");
      writeFileSync(caseFile, readFileSync(exampleCase, "utf8").replace('reference: "41LN0456726"', 'reference: "PLANTED01"'));
      const elsewhere = join(area.dir, "elsewhere");
      mkdirSync(elsewhere);
      const plantedOut = join(area.dir, "out");
      mkdirSync(plantedOut);
      symlinkSync(elsewhere, join(plantedOut, "PLANTED01"));
      const result = runCli(["batch", caseFile, "--out", plantedOut]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("leads outside the output folder");
      expect(readdirSync(elsewhere)).toEqual([]);
    } finally {
      area.remove();
    }
  });
});

describe("draft: the output folder", () => {
  let area: ReturnType<typeof scratch>;
  beforeEach(() => {
    area = scratch("draft-out");
  });
  afterEach(() => area.remove());

  it("never writes through a symlink planted where a document goes, with or without --force", () => {
    const out = join(area.dir, "out");
    mkdirSync(out);
    const victim = join(area.dir, "victim.txt");
    writeFileSync(victim, "not yours");
    symlinkSync(victim, join(out, "order.txt"));

    const refused = runCli(["draft", exampleCase, "--out", out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`${out}: already holds order.txt: nothing was written; use --force to replace, or choose another --out folder\n`);
    expect(readdirSync(out)).toEqual(["order.txt"]);

    const forced = runCli(["draft", exampleCase, "--out", out, "--force"]);
    expect(forced.code).toBe(0);
    expect(readFileSync(victim, "utf8")).toBe("not yours");
    expect(lstatSync(join(out, "order.txt")).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(out, "order.txt"), "utf8")).toContain("Deprivation order");
  });

  it("refuses an --out that is a file, in one line, exit 2", () => {
    const file = join(area.dir, "a-file");
    writeFileSync(file, "x");
    const result = runCli(["draft", exampleCase, "--out", file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${file}: cannot create the output folder (EEXIST)\n`);
    expect(readFileSync(file, "utf8")).toBe("x");
  });

  (existsSync("/proc/self") ? it : it.skip)("refuses an --out that cannot be created, such as /proc/self/x, at once instead of looping for ever", () => {
    const result = runCliWith(["draft", exampleCase, "--out", "/proc/self/ancillary-out"], { timeout: 20_000 });
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("/proc/self/ancillary-out: cannot create the output folder (ENOENT)\n");
  });

  it("creates missing parent folders, owner-only", () => {
    const out = join(area.dir, "a", "b", "c");
    expect(runCli(["draft", exampleCase, "--out", out]).code).toBe(0);
    for (const dir of [join(area.dir, "a"), join(area.dir, "a", "b"), out]) expect(lstatSync(dir).mode & 0o777).toBe(0o700);
  });
});
