import { unzipSync, strFromU8 } from "fflate";
import { crc32 } from "../../src/writers/docx/crc32";
import { deterministicZip } from "../../src/writers/docx/deterministicZip";

describe("deterministicZip", () => {
  const parts = [
    { path: "b.xml", data: "<b>second</b>" },
    { path: "a.xml", data: "<a>first, kept</a>", reuse: true },
    { path: "dir/bytes.bin", data: new Uint8Array([0, 1, 2, 255]) },
    { path: "empty.txt", data: "" },
  ];

  it("holds every part, unchanged, in the order given", () => {
    const files = unzipSync(deterministicZip(parts));
    expect(Object.keys(files)).toEqual(["b.xml", "a.xml", "dir/bytes.bin", "empty.txt"]);
    expect(strFromU8(files["b.xml"])).toBe("<b>second</b>");
    expect(strFromU8(files["a.xml"])).toBe("<a>first, kept</a>");
    expect([...files["dir/bytes.bin"]]).toEqual([0, 1, 2, 255]);
    expect(files["empty.txt"]).toHaveLength(0);
  });

  it("gives the same bytes every time, whether a part's compressed bytes were kept or not", () => {
    const first = deterministicZip(parts);
    const again = deterministicZip(parts.map((part) => ({ ...part, reuse: false })));
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  });

  it("marks non-ASCII names as UTF-8", () => {
    const files = unzipSync(deterministicZip([{ path: "ŵ/é.xml", data: "<x/>" }]));
    expect(Object.keys(files)).toEqual(["ŵ/é.xml"]);
  });
});

describe("crc32", () => {
  it("matches the standard check value", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});
