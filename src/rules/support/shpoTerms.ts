import type { Case, FreeShpoTerm } from "../../case/types";
import type { CasePath } from "../../diagnostics/types";
import type { ShpoTermId } from "../../case/shpoTerms";
import type { TermAt } from "./restrainingTerms";

type List = "prohibitions" | "requirements";

function termsAt(theCase: Case, list: List): Array<TermAt<ShpoTermId | FreeShpoTerm>> {
  const terms: ReadonlyArray<ShpoTermId | FreeShpoTerm> = theCase.applications?.shpo?.[list] ?? [];
  return terms.map((term, i) => ({ term, path: ["applications", "shpo", list, i] as CasePath }));
}

/** The terms of one list of the SHPO proposal written for the case, each with the path of its text. */
export function freeShpoTerms(theCase: Case, list: List): Array<TermAt<FreeShpoTerm>> {
  return termsAt(theCase, list).flatMap(({ term, path }) => (typeof term === "string" ? [] : [{ term, path: [...path, "text"] }]));
}

/** The library terms of both lists, by id, each with its path. */
export function libraryShpoTerms(theCase: Case): Array<TermAt<ShpoTermId>> {
  return (["prohibitions", "requirements"] as const).flatMap((list) => termsAt(theCase, list).flatMap(({ term, path }) => (typeof term === "string" ? [{ term, path }] : [])));
}
