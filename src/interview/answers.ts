import type { CasePath } from "../diagnostics/types";
import { protectedNameParts } from "../pipeline/caseFileName";
import { findNameParts } from "../rules/support/names";

/** The case as answered so far: plain data in the case file's own shape. */
export type Answers = Record<string, unknown>;

export function valueAt(data: unknown, path: CasePath): unknown {
  let here: unknown = data;
  for (const step of path) {
    if (here === null || typeof here !== "object") return undefined;
    here = (here as Record<string | number, unknown>)[step];
  }
  return here;
}

/** Sets (or, with undefined, removes) the value at path; the containers on the way must exist. */
export function setValueAt(data: Answers, path: CasePath, value: unknown): void {
  const parent = valueAt(data, path.slice(0, -1)) as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = value;
}

/** The ids entered so far in one of the case's lists (complainants, offences, property). */
export function idsIn(data: Answers, list: string): string[] {
  const entries = data[list];
  if (!Array.isArray(entries)) return [];
  return entries.map((entry) => (entry as { id?: unknown }).id).filter((id): id is string => typeof id === "string");
}

/**
 * The next id for an entry of `list`, as the examples write them: the list's
 * initial and a number (C1, O1, P1, ...), never one already taken.
 */
export function nextId(entries: ReadonlyArray<unknown>, list: string): string {
  const taken = new Set(idsIn({ [list]: entries }, list));
  const prefix = list.charAt(0).toUpperCase();
  let n = taken.size + 1;
  while (taken.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

/** One answer the review screen lists: a value that is not itself a mapping. */
export interface AnswerLeaf {
  path: CasePath;
  value: unknown;
}

/**
 * Every answer, in the order given. A list of plain values (ids, library terms)
 * is one answer; a list of mappings is its entries' answers.
 */
export function answerLeaves(data: unknown, path: CasePath = []): AnswerLeaf[] {
  if (Array.isArray(data)) {
    if (data.every((entry) => entry === null || typeof entry !== "object")) return [{ path, value: data }];
    return data.flatMap((entry, index) => answerLeaves(entry, [...path, index]));
  }
  if (data !== null && typeof data === "object") {
    return Object.entries(data).flatMap(([key, value]) => answerLeaves(value, [...path, key]));
  }
  return [{ path, value: data }];
}

/** A path as the user reads it: list entries by their id (offences O1 > provision). */
export function pathLabel(data: unknown, path: CasePath): string {
  const parts: string[] = [];
  path.forEach((step, index) => {
    if (typeof step === "number") {
      const id = (valueAt(data, path.slice(0, index + 1)) as { id?: unknown } | undefined)?.id;
      parts[parts.length - 1] += ` ${typeof id === "string" ? id : step + 1}`;
    } else parts.push(step);
  });
  return parts.join(" > ");
}

/** True when text names a complainant entered so far (any case, spelling or script), as validate's own check finds it. */
export function namesAComplainant(data: Answers, text: string): boolean {
  return findNameParts(text, protectedNameParts(undefined, data)).length > 0;
}
