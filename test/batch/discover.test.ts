import fs, { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { discoverInputs } from "../../src/batch/discover";

describe("finding the case files of a batch", () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "ancillary-discover-"));
    for (const file of ["cases/b.yaml", "cases/a.yml", "cases/deep/er/c.YAML", "cases/notes.txt", "cases/.hidden/x.yaml", "other/z.yaml", "other/readme.md"]) {
      mkdirSync(join(root, file, ".."), { recursive: true });
      writeFileSync(join(root, file), "x");
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const shown = (args: string[]) => discoverInputs(args, root).map((input) => input.shown);

  it("lists folders one after another, not all at once on libuv's threads (whose arenas kept ~7 MB after 100,000 files)", () => {
    const listedAtOnce = jest.spyOn(fs, "readdir");
    const listedInTurn = jest.spyOn(fs, "readdirSync");
    try {
      expect(shown(["cases", "cases/deep/*/*.YAML"])).toEqual(["cases/a.yml", "cases/b.yaml", "cases/deep/er/c.YAML"]);
      expect(listedAtOnce).not.toHaveBeenCalled();
      expect(listedInTurn).toHaveBeenCalled();
    } finally {
      listedAtOnce.mockRestore();
      listedInTurn.mockRestore();
    }
  });

  it("takes every .yaml and .yml under a folder, sorted, skipping hidden folders", async () => {
    expect(shown(["cases"])).toEqual(["cases/a.yml", "cases/b.yaml", "cases/deep/er/c.YAML"]);
  });

  it("takes named files as they are, and globs' case files, without duplicates", async () => {
    expect(shown(["other/readme.md", "cases/*.yaml", "cases", "./cases/b.yaml"])).toEqual(["cases/a.yml", "cases/b.yaml", "cases/deep/er/c.YAML", "other/readme.md"]);
    expect(shown(["**/z.*"])).toEqual(["other/z.yaml"]);
  });

  it("gives absolute paths to read", async () => {
    const [first] = discoverInputs(["other"], root);
    expect(first).toEqual({ path: join(root, "other", "z.yaml"), shown: "other/z.yaml" });
  });

  it("refuses an argument that gives no case file", async () => {
    expect(() => discoverInputs(["missing"], root)).toThrow(/does not exist/);
    expect(() => discoverInputs(["cases/*.json"], root)).toThrow(/matches no/);
    mkdirSync(join(root, "empty"), { recursive: true });
    expect(() => discoverInputs(["empty"], root)).toThrow(/holding no \.yaml/);
  });
});
