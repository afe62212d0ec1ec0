import fc from "fast-check";
import { parseShard, selectShard } from "../../src/batch/shard";

describe("--shard i/n", () => {
  it("parses i/n and refuses anything else", () => {
    expect(parseShard("2/3")).toEqual({ index: 2, count: 3 });
    expect(parseShard("1/1")).toEqual({ index: 1, count: 1 });
    for (const bad of ["0/3", "4/3", "1/0", "2", "a/b", "-1/3", "1/3/4", ""]) expect(() => parseShard(bad)).toThrow(/--shard takes i\/n/);
  });

  it("partitions any list exactly, in order, and evenly", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 200 }), fc.integer({ min: 1, max: 12 }), (items, count) => {
        const shards = Array.from({ length: count }, (_, i) => selectShard(items, { index: i + 1, count }));
        expect(shards.flat().length).toBe(items.length);
        // Interleaving the shards back gives the list.
        const rebuilt = items.map((_, k) => shards[k % count][Math.floor(k / count)]);
        expect(rebuilt).toEqual(items);
        const sizes = shards.map((s) => s.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
