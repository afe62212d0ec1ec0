/**
 * A batch's inputs, kept compact: every absolute path in one string, with the
 * offset where each ends. An array of BatchInput objects costs ~250 bytes a
 * case (an object and three strings, with the path as the manifest records
 * it); this costs the path's characters and four bytes. The forms a path is
 * shown and recorded in are made when a case needs them.
 */
import type { BatchInput } from "./discover";

export class InputList {
  private readonly text: string;
  private readonly ends: Uint32Array;

  constructor(inputs: readonly BatchInput[]) {
    this.ends = new Uint32Array(inputs.length);
    let at = 0;
    const parts: string[] = [];
    inputs.forEach((input, i) => {
      parts.push(input.path);
      at += input.path.length;
      this.ends[i] = at;
    });
    // join() gives one flat string (concatenating with += would keep a tree of the pieces).
    this.text = parts.join("");
  }

  get length(): number {
    return this.ends.length;
  }

  /** The absolute path of input i. */
  path(i: number): string {
    return this.text.slice(i === 0 ? 0 : this.ends[i - 1], this.ends[i]);
  }
}
