import { InputList } from "../../src/batch/inputList";

describe("a batch's inputs, kept compact", () => {
  it("gives back every path as it was given, in order", () => {
    const paths = ["/cases/a.yaml", "/cases/ü/b.yaml", "/cases/c d.yml", "/x.yaml"];
    const list = InputList.of(paths.map((path) => ({ path, shown: "unused" })));
    expect(list.length).toBe(4);
    expect(Array.from({ length: list.length }, (_, i) => list.path(i))).toEqual(paths);
  });

  it("crosses between threads as its parts, and comes back the same", () => {
    const list = InputList.of(["/a.yaml", "/b.yaml"].map((path) => ({ path, shown: path })));
    const again = InputList.fromParts(structuredClone(list.parts));
    expect([again.path(0), again.path(1)]).toEqual(["/a.yaml", "/b.yaml"]);
  });

  it("keeps the start every path shares once, and only the rest of each path", () => {
    const paths = ["/cases/list-01/1.yaml", "/cases/list-01/2.yaml", "/cases/list-02/1.yaml"];
    const list = InputList.of(paths.map((path) => ({ path, shown: "unused" })));
    expect(list.parts.prefix).toBe("/cases/list-0");
    expect(list.parts.text).toBe("1/1.yaml1/2.yaml2/1.yaml");
    expect(Array.from({ length: list.length }, (_, i) => list.path(i))).toEqual(paths);
  });

  it("gives back a single input, and inputs that share nothing", () => {
    expect(InputList.of([{ path: "/only.yaml", shown: "only.yaml" }]).path(0)).toBe("/only.yaml");
    const apart = InputList.of(["a.yaml", "b.yaml"].map((path) => ({ path, shown: path })));
    expect([apart.parts.prefix, apart.path(0), apart.path(1)]).toEqual(["", "a.yaml", "b.yaml"]);
  });

  it("holds no inputs at all", () => {
    expect(InputList.of([]).length).toBe(0);
  });
});
