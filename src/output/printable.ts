/**
 * Characters a path may hold that a terminal would act on or hide: control
 * characters (C0, DEL, C1: a file named "a\x1b[2Jb.yaml" would clear the screen),
 * line and paragraph separators (a message must stay one line) and invisible
 * format characters (a right-to-left override makes "evil\u202Etxt.exe" read as
 * "evilexe.txt").
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_MESSAGES = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]|\p{Cf}/gu;

/** A path as a message prints it: characters a terminal would act on or hide are written as escapes (\x1b, \u202e). */
export function printablePath(path: string): string {
  return path.replace(UNSAFE_IN_MESSAGES, (character) => {
    const code = character.codePointAt(0)!;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** The same, less C0: in JSON.stringify's output those are its own line breaks and indents. */
const UNSAFE_IN_JSON_TEXT = /[\u007f-\u009f\u2028\u2029]|\p{Cf}/gu;

/**
 * JSON text with the same characters as \u escapes: the same data to a parser,
 * but nothing a terminal acts on when a person reads it. (JSON.stringify escapes
 * C0 characters itself, not DEL, C1 or format characters.)
 */
export function terminalSafeJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON_TEXT, (character) => `\\u${character.codePointAt(0)!.toString(16).padStart(4, "0")}`);
}
