import { InvalidArgumentError } from "../vendor/commander";

/** One of n equal parts of a batch: `index` counts from 1, as people do. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `--shard i/n` (1 <= i <= n). */
export function parseShard(text: string): Shard {
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new InvalidArgumentError(`--shard takes i/n with 1 <= i <= n, e.g. 2/3, not "${text}"`);
  }
  return { index, count };
}

export function formatShard(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}

/**
 * The inputs shard i/n drafts: every n-th input of the sorted list, starting at
 * the i-th. Every machine that lists the same inputs picks the same ones, the n
 * shards partition the list exactly, and no two shards differ by more than one case.
 */
export function selectShard<T>(sortedInputs: readonly T[], shard: Shard | undefined): T[] {
  if (shard === undefined || shard.count === 1) return [...sortedInputs];
  return sortedInputs.filter((_, position) => position % shard.count === shard.index - 1);
}
