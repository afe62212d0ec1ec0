import { InputList } from "../../src/batch/inputList";

describe("a batch's inputs, kept compact", () => {
  it("gives back every path as it was given, in order", () => {
    const paths = ["/cases/a.yaml", "/cases/ü/b.yaml", "/cases/c d.yml", "/x.yaml"];
    const list = new InputList(paths.map((path) => ({ path, shown: "unused" })));
    expect(list.length).toBe(4);
    expect(Array.from({ length: list.length }, (_, i) => list.path(i))).toEqual(paths);
  });

  it("holds no inputs at all", () => {
    expect(new InputList([]).length).toBe(0);
  });
});
