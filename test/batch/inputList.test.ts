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

  it("holds no inputs at all", () => {
    expect(InputList.of([]).length).toBe(0);
  });
});
