/**
 * A case file named after the complainant ("joanna-pelham.yaml") would put the
 * name in every message, log and manifest that points at the file. The path is
 * checked against the protected complainants' names, with the same matcher as
 * the documents' text (any spelling, accents, run-together names), and a file
 * that names one is refused: the user renames it. Messages then point at the
 * file with the offending parts withheld ("cases/[name withheld].yaml").
 */
import type { Case } from "../case/types";
import { lawTable } from "../law/lawTable";
import { findNameParts, nameParts, type NamePart } from "../rules/support/names";
import { protectedNames } from "../rules/support/protectedNames";

/** What a withheld part of a path is printed as. */
export const WITHHELD = "[name withheld]";

/** A case file whose path names a protected complainant: a fault in the case (exit 1), reported in one line. */
export class CaseFileNameRefused extends Error {
  constructor(
    /** Each form of the path given, with every part that names the complainant withheld. */
    readonly withheldPaths: string[],
    /** True when it is a folder in the path, not the file's own name. */
    readonly inFolder: boolean,
  ) {
    super(
      inFolder
        ? "a folder in this file's path contains a protected complainant's name: rename the folder (the name is withheld here)"
        : "this file's name contains a protected complainant's name: rename the file (the name is withheld here)",
    );
    this.name = "CaseFileNameRefused";
  }

  /** The first form of the path, withheld: what messages print. */
  get withheldPath(): string {
    return this.withheldPaths[0];
  }
}

/**
 * The name parts a case file's path must not hold. From a typed case, those of
 * the complainants the documents protect (as the complainant-named rule decides);
 * from data the schema refused, every complainant with a name, since which
 * offences carry anonymity cannot then be trusted.
 */
export function protectedNameParts(theCase: Case | undefined, data: unknown): NamePart[] {
  if (theCase) return protectedNames(theCase, lawTable).parts;
  const complainants = (data as { complainants?: unknown } | null | undefined)?.complainants;
  if (!Array.isArray(complainants)) return [];
  return complainants.flatMap((c: unknown) => {
    const name = (c as { name?: unknown } | null)?.name;
    return typeof name === "string" ? nameParts(name) : [];
  });
}

/**
 * Refuses a case file whose path, as it will be printed or recorded, names a
 * protected complainant. Each form given is checked part by part ("." and ".."
 * aside); a part matches on any of the name's parts, ordinary words too: file
 * names are written in lower case, where "hall.yaml" is more likely the
 * complainant's surname than the word.
 */
export function checkCaseFileName(paths: readonly string[], parts: readonly NamePart[]): void {
  if (parts.length === 0) return;
  const checked = paths.map((path) => {
    const segments = path.split(/[/\\]/);
    const named = segments.map((segment) => segment !== "." && segment !== ".." && segment !== "" && findNameParts(segment, parts).length > 0);
    return { segments, named };
  });
  if (!checked.some(({ named }) => named.includes(true))) return;
  const withheld = checked.map(({ segments, named }) => segments.map((segment, i) => (named[i] ? withheldSegment(segment, i === segments.length - 1) : segment)).join("/"));
  throw new CaseFileNameRefused(withheld, !checked.some(({ named }) => named[named.length - 1]));
}

/** The file's extension stays, so the message still reads as a case file. */
function withheldSegment(segment: string, last: boolean): string {
  const extension = last ? /\.ya?ml$/i.exec(segment)?.[0] ?? "" : "";
  return `${WITHHELD}${extension}`;
}
