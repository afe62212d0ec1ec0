/**
 * The library of restraining order terms: each id a case may list under
 * `applications.restraining.terms`, and what the rules need to know of it.
 * This is the one list of ids: the schema's enum is held to it by
 * test/case/restrainingTerms.test.ts, and the words a court reads for each id
 * are the templates' (templates/partials/restraining-term.hbs), held to it by
 * the same test. Every library term prohibits (Sentencing Act 2020, s.359(1));
 * a term whose lawfulness is unsettled says so.
 */
export interface LibraryTerm {
  /** What the term forbids, for someone editing a case (not the court's words). */
  about: string;
  /** Set for a term no authority has yet been found to support: docs/law.md [restraining-terms]. */
  unsettled?: "retention";
  /**
   * Which items holding intimate images the term deals with when a deprivation
   * order cannot reach them: every such item (it forbids what may be done with
   * the images wherever they are), or only those held online.
   */
  reachesCopies?: "anywhere" | "online";
}

export const restrainingTermLibrary = {
  "no-contact": { about: "contacting the protected person directly or indirectly, through anyone else or online" },
  "no-images": { about: "sharing, publishing, posting, sending or showing any photograph or film of the protected person, or threatening to", reachesCopies: "anywhere" },
  "no-posting": { about: "posting or publishing anything about the protected person online", reachesCopies: "online" },
  "no-approach": { about: "going up to the protected person or following them in any public place" },
  "no-monitoring": { about: "watching or tracking the protected person's movements, location or online accounts" },
  "no-retaining-images": { about: "keeping, or keeping access to, any intimate photograph or film of the protected person", unsettled: "retention", reachesCopies: "anywhere" },
} as const satisfies Record<string, LibraryTerm>;

export type RestrainingTermId = keyof typeof restrainingTermLibrary;

export const restrainingTermIds = Object.keys(restrainingTermLibrary) as RestrainingTermId[];

export function libraryTerm(id: RestrainingTermId): LibraryTerm {
  return restrainingTermLibrary[id];
}
