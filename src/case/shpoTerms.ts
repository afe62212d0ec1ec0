/**
 * The library of sexual harm prevention order terms about devices and online
 * accounts: each id a case may list under `applications.shpo.prohibitions` or
 * `applications.shpo.requirements`, and what the rules and the notice need to
 * know of it. The words a court reads for each id are the templates'
 * (templates/partials/shpo-term.hbs), held to these ids by
 * test/orders/shpo-terms.test.ts, as is the schema's enum of each list.
 *
 * Each term records what the prosecution must be able to show for it: that it
 * is needed (`necessity`) and goes no further than it must (`proportionality`),
 * as every term of such an order must (R v Parsons; Morgan [2017] EWCA Crim
 * 2163 considered how the R v Smith guidance on internet terms applies: docs/law.md
 * [shpo-parsons]). A term about online storage or encryption is marked, as the
 * holding on such terms in Morgan is unconfirmed (docs/law.md [shpo-morgan-terms]).
 */
export interface ShpoLibraryTerm {
  /** What the term does, for someone editing a case (not the court's words). */
  about: string;
  /** What the prosecution must be able to show for the term to be necessary (the notice words its reasons: templates/partials/shpo-term-reason.hbs). */
  necessity: string;
  /** What keeps the term proportionate: how far it reaches and no further. */
  proportionality: string;
  /** Set for a term about online storage or encryption: Morgan's holding on such terms is unconfirmed. */
  unsettled?: "cloud" | "encryption";
  /**
   * Which items holding intimate images the term deals with when a deprivation
   * order cannot reach them: every such item, only those held online, or only
   * devices and other things (not online).
   */
  reachesCopies?: "anywhere" | "online" | "devices";
}

export const shpoProhibitionLibrary = {
  "no-images-of-complainant": {
    about: "holding any photograph or film of the person the offences were against, on any device, in any account or anywhere else",
    necessity: "evidence that the defendant took, kept or shared images of a person the offences were against",
    proportionality: "limited to images of the people the offences were against",
    reachesCopies: "anywhere",
  },
  "no-deleting-history": {
    about: "deleting the record of internet use on a device, or using software or settings that stop it being kept",
    necessity: "evidence that devices were used for the offences, so that inspecting them is how the order is checked",
    proportionality: "keeps only what a device records in ordinary use",
    reachesCopies: "devices",
  },
  "no-undisclosed-storage": {
    about: "using any online storage service the police have not been told of",
    necessity: "evidence that images were, or could readily be, copied to online storage",
    proportionality: "a condition of telling the police, not a ban on online storage",
    unsettled: "cloud",
    reachesCopies: "online",
  },
  "no-encryption": {
    about: "using software or a service that encrypts, hides or automatically deletes data, unless the police have been told of it",
    necessity: "evidence that the defendant hid, or could hide, images or the use of devices",
    proportionality: "a condition of telling the police, not a ban on such software",
    unsettled: "encryption",
    reachesCopies: "anywhere",
  },
} as const satisfies Record<string, ShpoLibraryTerm>;

export const shpoRequirementLibrary = {
  "notify-accounts": {
    about: "telling the police of every online account, social media profile and online storage service used, and of each new one",
    necessity: "evidence that images were, or could readily be, held or shared online",
    proportionality: "the names of accounts and services only, not their contents",
    unsettled: "cloud",
    reachesCopies: "online",
  },
  "notify-devices": {
    about: "telling the police of every device that can take, store or go online, and of each new one",
    necessity: "evidence that a device was used for the offences",
    proportionality: "which devices are held, not how they are used",
    reachesCopies: "devices",
  },
  "allow-inspection": {
    about: "letting a police officer inspect any such device on request, and giving the means to open it",
    necessity: "evidence that devices were used, so that knowing of them alone would not show whether images are kept",
    proportionality: "on a police officer's request, and only to check that the order is kept",
    reachesCopies: "devices",
  },
} as const satisfies Record<string, ShpoLibraryTerm>;

export type ShpoProhibitionId = keyof typeof shpoProhibitionLibrary;
export type ShpoRequirementId = keyof typeof shpoRequirementLibrary;
export type ShpoTermId = ShpoProhibitionId | ShpoRequirementId;

export const shpoProhibitionIds = Object.keys(shpoProhibitionLibrary) as ShpoProhibitionId[];
export const shpoRequirementIds = Object.keys(shpoRequirementLibrary) as ShpoRequirementId[];

export function shpoLibraryTerm(id: ShpoTermId): ShpoLibraryTerm {
  return id in shpoProhibitionLibrary ? shpoProhibitionLibrary[id as ShpoProhibitionId] : shpoRequirementLibrary[id as ShpoRequirementId];
}
