import type { Case } from "../../case/types";
import type { LawTable } from "../../law/lawTable";
import { protectedComplainants } from "./anonymity";
import { compileNameParts, type NameMatcher } from "./nameMatcher";
import { defendantWords, nameParts, type NamePart } from "./names";

/** The parts of the protected complainants' names to look for, and their matchers: everywhere, and full names only. */
export interface ProtectedNames {
  parts: NamePart[];
  everywhere: NameMatcher;
  fullNames: NameMatcher;
}

/**
 * Built once for each set of names and defendant's words, and shared: by the
 * check of the case file's name and the complainant-named rule, and by the cases
 * of a batch for one complainant. Building them (folding the names, their
 * patterns, tries and automata) was a good part of the check. Bounded, as the
 * names of a long batch may all differ.
 */
const built = new Map<string, ProtectedNames>();
const MAX_BUILT = 256;

export function protectedNames(theCase: Case, law: LawTable): ProtectedNames {
  const names = protectedComplainants(theCase, law).flatMap((c) => (c.name ? [c.name] : []));
  if (names.length === 0) return { parts: [], everywhere: compileNameParts([]), fullNames: compileNameParts([]) };
  const except = defendantWords(theCase);
  const key = JSON.stringify([names, [...except].sort()]);
  let found = built.get(key);
  if (found === undefined) {
    const parts = names.flatMap((name) => nameParts(name, except));
    found = { parts, everywhere: compileNameParts(parts), fullNames: compileNameParts(parts.filter((part) => part.kind === "full name")) };
    if (built.size >= MAX_BUILT) built.clear();
    built.set(key, found);
  }
  return found;
}
