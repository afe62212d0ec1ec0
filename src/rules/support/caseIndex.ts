import type { Case, Offence, PropertyItem } from "../../case/types";
import { idHoldsAnyWord, wordsIdsMayHold } from "./names";

/** A value with its position in its list, so findings can point at it. */
export interface Indexed<T> {
  value: T;
  index: number;
}

/**
 * What the rules look up again and again in one case, worked out once: which
 * offence each id names, and which ids are safe to print. Without it, each
 * finding about one of thousands of items would go through every offence and
 * every complainant's name, and a large case would take quadratic time.
 */
interface CaseIndex {
  /** The position of the first offence with each id. */
  offenceAt: Map<string, number>;
  /** The complainants' name words as ids could hold them. */
  nameWords: ReadonlySet<string>;
  /** Whether each id asked about so far is safe to print. */
  printable: Map<string, boolean>;
}

const duringCheck = new WeakMap<Case, CaseIndex>();

/**
 * Runs `check` with the case's index worked out once and shared. The index is
 * kept only while `check` runs, when nothing changes the case (rules only read
 * it); outside, each lookup works it out afresh, so a case changed between two
 * checks is never judged by an old index.
 */
export function withCaseIndex<T>(theCase: Case, check: () => T): T {
  duringCheck.set(theCase, buildIndex(theCase));
  try {
    return check();
  } finally {
    duringCheck.delete(theCase);
  }
}

function indexOf(theCase: Case): CaseIndex {
  return duringCheck.get(theCase) ?? buildIndex(theCase);
}

function buildIndex(theCase: Case): CaseIndex {
  const offenceAt = new Map<string, number>();
  theCase.offences.forEach((offence, index) => {
    if (!offenceAt.has(offence.id)) offenceAt.set(offence.id, index);
  });
  return { offenceAt, nameWords: wordsIdsMayHold(theCase.complainants), printable: new Map() };
}

/** The ids the deprivation application lists, in order, without repeats. */
export function appliedIds(theCase: Case): string[] {
  return [...new Set(theCase.applications?.deprivation?.property ?? [])];
}

/** The property items the deprivation application covers (ids that resolve; the first item where ids repeat). */
export function appliedItems(theCase: Case): Indexed<PropertyItem>[] {
  const wanted = new Set(appliedIds(theCase));
  const seen = new Set<string>();
  const items: Indexed<PropertyItem>[] = [];
  theCase.property.forEach((value, index) => {
    if (!wanted.has(value.id) || seen.has(value.id)) return;
    seen.add(value.id);
    items.push({ value, index });
  });
  return items;
}

/** The offences a list of ids names, in the case's order (ids that resolve; the first offence where ids repeat). */
export function offencesNamed(theCase: Case, ids: ReadonlyArray<string> | undefined): Indexed<Offence>[] {
  const { offenceAt } = indexOf(theCase);
  const positions = new Set<number>();
  for (const id of ids ?? []) {
    const at = offenceAt.get(id);
    if (at !== undefined) positions.add(at);
  }
  return [...positions].sort((a, b) => a - b).map((index) => ({ value: theCase.offences[index], index }));
}

/** An id safe to print: withheld if it might contain a complainant's name. */
export function printableId(theCase: Case, id: string): string | undefined {
  const { nameWords, printable } = indexOf(theCase);
  let safe = printable.get(id);
  if (safe === undefined) {
    safe = !idHoldsAnyWord(id, nameWords);
    printable.set(id, safe);
  }
  return safe ? id : undefined;
}

/** "property item P1", or "property item 2" when the id itself might name the complainant. */
export function itemLabel(theCase: Case, index: number): string {
  const id = printableId(theCase, theCase.property[index].id);
  return id === undefined ? `property item ${index + 1} (by position)` : `property item ${id}`;
}

/** "offence O1", or "offence 2" when the id itself might name the complainant. */
export function offenceLabel(theCase: Case, index: number): string {
  const id = printableId(theCase, theCase.offences[index].id);
  return id === undefined ? `offence ${index + 1} (by position)` : `offence ${id}`;
}
