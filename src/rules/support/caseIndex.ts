import type { Case, Offence, PropertyItem } from "../../case/types";
import { idMayNameComplainant } from "./names";

/** A value with its position in its list, so findings can point at it. */
export interface Indexed<T> {
  value: T;
  index: number;
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

/** The offences a list of ids names (ids that resolve only). */
export function offencesNamed(theCase: Case, ids: ReadonlyArray<string> | undefined): Indexed<Offence>[] {
  const wanted = new Set(ids ?? []);
  return theCase.offences.flatMap((value, index) => (wanted.has(value.id) ? [{ value, index }] : []));
}

/** An id safe to print: withheld if it might contain a complainant's name. */
export function printableId(theCase: Case, id: string): string | undefined {
  return idMayNameComplainant(id, theCase.complainants) ? undefined : id;
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
