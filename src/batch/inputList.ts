/**
 * A batch's inputs, kept compact: every absolute path in one string, with the
 * offset where each ends. An array of BatchInput objects costs ~250 bytes a
 * case (an object and three strings, with the path as the manifest records
 * it); this costs the path's characters and four bytes. The forms a path is
 * shown and recorded in are made when a case needs them. It crosses between
 * threads as its two parts (findInputs.ts).
 */
import type { BatchInput } from "./discover";

export interface InputListParts {
  text: string;
  ends: Uint32Array;
}

export class InputList {
  private constructor(private readonly text: string, private readonly ends: Uint32Array) {}

  static of(inputs: readonly BatchInput[]): InputList {
    const ends = new Uint32Array(inputs.length);
    let at = 0;
    const paths = inputs.map((input, i) => {
      at += input.path.length;
      ends[i] = at;
      return input.path;
    });
    // join() gives one flat string (concatenating with += would keep a tree of the pieces).
    return new InputList(paths.join(""), ends);
  }

  static fromParts(parts: InputListParts): InputList {
    return new InputList(parts.text, parts.ends);
  }

  get parts(): InputListParts {
    return { text: this.text, ends: this.ends };
  }

  get length(): number {
    return this.ends.length;
  }

  /** The absolute path of input i. */
  path(i: number): string {
    return this.text.slice(i === 0 ? 0 : this.ends[i - 1], this.ends[i]);
  }
}
