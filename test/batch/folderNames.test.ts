import { FolderNames, isPlainFolderName } from "../../src/batch/folderNames";

describe("case folder names", () => {
  it("names a folder from the reference, made safe, and unique without regard to case", () => {
    const names = new FolderNames();
    expect(names.claim("41LN0456726")).toBe("41LN0456726");
    expect(names.claim("41LN0456726")).toBe("41LN0456726-2");
    expect(names.claim("41ln0456726")).toBe("41ln0456726-3");
    expect(names.claim("../../etc/passwd")).toBe("etc_passwd");
    expect(names.claim("CON")).toBe("case");
    expect(names.claim("")).toBe("case-2");
    expect(names.claim("manifest.json")).toBe("manifest.json-2");
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
    for (const bad of ["", "..", "a/b", "a\\b", ".hidden", "manifest.json", "con"]) expect(isPlainFolderName(bad)).toBe(false);
  });
});
