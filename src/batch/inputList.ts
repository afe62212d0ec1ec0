/**
 * A batch's inputs, kept compact: the start all their absolute paths share,
 * once, and the rest of every path in one string, with the offset where each
 * ends. An array of BatchInput objects costs ~250 bytes a case (an object and
 * three strings, with the path as the manifest records it); this costs the
 * characters that differ and four bytes (at 100,000 cases in one folder, ~25
 * bytes rather than ~50: the list lives on the batch's thread for the whole batch). The forms a path is
 * shown and recorded in are made when a case needs them. It crosses between
 * threads as its two parts (findInputs.ts).
 */
import type { BatchInput } from "./discover";

export interface InputListParts {
  /** The start every path shares. */
  prefix: string;
  /** Every path without the prefix, one after another. */
  text: string;
  ends: Uint32Array;
}

export class InputList {
  private constructor(
    private readonly prefix: string,
    private readonly text: string,
    private readonly ends: Uint32Array,
  ) {}

  static of(inputs: readonly BatchInput[]): InputList {
    const prefix = sharedStart(inputs.map((input) => input.path));
    const ends = new Uint32Array(inputs.length);
    let at = 0;
    const rests = inputs.map((input, i) => {
      at += input.path.length - prefix.length;
      ends[i] = at;
      return input.path.slice(prefix.length);
    });
    // join() gives one flat string (concatenating with += would keep a tree of the pieces).
    return new InputList(prefix, rests.join(""), ends);
  }

  static fromParts(parts: InputListParts): InputList {
    return new InputList(parts.prefix, parts.text, parts.ends);
  }

  get parts(): InputListParts {
    return { prefix: this.prefix, text: this.text, ends: this.ends };
  }

  get length(): number {
    return this.ends.length;
  }

  /** The absolute path of input i. */
  path(i: number): string {
    return this.prefix + this.text.slice(i === 0 ? 0 : this.ends[i - 1], this.ends[i]);
  }
}

/** The longest start all of `paths` share ("" for none). */
function sharedStart(paths: readonly string[]): string {
  if (paths.length === 0) return "";
  let length = paths[0].length;
  for (const path of paths) {
    let same = 0;
    while (same < length && same < path.length && path.charCodeAt(same) === paths[0].charCodeAt(same)) same++;
    length = same;
  }
  return paths[0].slice(0, length);
}
