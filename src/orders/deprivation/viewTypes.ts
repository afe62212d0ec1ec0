import type { CaseView, OffenceView } from "../../view/types";
import type { RemedyView } from "../types";

/**
 * What the deprivation order's templates receive (src/orders/deprivation/view.ts):
 * the case, and the application with the items it covers.
 */
export interface DeprivationView extends CaseView {
  /** Offences taken into consideration on which the use of an item in the application rests. */
  consideredOffences: OffenceView[];
  property: PropertyView[];
  application: ApplicationView;
  /** What holds intimate images beyond this application, and what deals with each; null when nothing does. */
  beyond: BeyondView | null;
  law: LawView;
}

/** The items holding intimate images that the order applied for cannot reach. */
export interface BeyondView {
  items: BeyondItemView[];
  /** True when a report is drafted for some item (it is held online, and the platform report existed by the hearing). */
  platformReport: boolean;
  /** True when platform-reports.docx holds more than one report, so the application says which one deals with an item. */
  severalReports: boolean;
  /** True when a proposed term forbids keeping images, whose lawfulness is unsettled. */
  retentionTerm: boolean;
  /** The ids of the other orders applied for that deal with some item, once each, for words about that order as a whole (templates/application.docx.hbs). */
  remedyOrders: Array<{ order: string }>;
}

export interface BeyondItemView {
  description: string;
  exhibit: string | null;
  /** Why the order cannot reach it: held online; the images themselves, not a thing holding them; or a thing outside the conditions or the application. */
  online: boolean;
  information: boolean;
  notSeized: boolean;
  noUse: boolean;
  /** A thing the order could reach that the prosecution does not apply for. */
  notApplied: boolean;
  /** What the other orders applied for would do about it (templates/partials/copy-remedy.hbs words each). */
  remedies: RemedyView[];
  /** The intimate image content report drafted for it (platform-reports.docx), or null when none is. */
  platformReport: ItemReportView | null;
}

/** One report in platform-reports.docx: its number there, and the service it is addressed to (null where the case does not say). */
export interface ItemReportView {
  number: number;
  platform: string | null;
}

export interface ApplicationView {
  effectsOnOffender: string | null;
  proportionality: string | null;
  disposal: "destroy" | "retain-for-evidence" | "other" | null;
  totalValue: string | null;
  /** True if any item is owned jointly, by someone else, or by nobody known. */
  otherInterests: boolean;
  /** Items by who else may own them. */
  jointItems: PropertyView[];
  thirdPartyItems: PropertyView[];
  unknownOwnerItems: PropertyView[];
  /** Items relied on as held when a written charge and requisition were issued. */
  requisitionItems: PropertyView[];
  /** Items holding lawful material the defendant needs. */
  lawfulMaterialItems: PropertyView[];
  /** The proposed window for copying lawful material, if any. */
  retrieval: { days: number; arrangement: string } | null;
  /** With `disposal: destroy`: which items the prosecution asks to be destroyed, and which not and why. */
  destruction: DestructionView | null;
}

export interface DestructionView {
  /** Items that hold intimate images and are the defendant's alone. */
  items: PropertyView[];
  /** Items not recorded as holding intimate images. */
  noImages: PropertyView[];
  /** Items owned jointly or by someone else. */
  otherOwner: PropertyView[];
  /** Items whose sole ownership by the defendant is not shown. */
  ownerUnknown: PropertyView[];
}

export interface PropertyView {
  number: number;
  id: string;
  description: string;
  kind: string;
  identifiers: { exhibit: string | null; imei: string | null; serial: string | null };
  seizure: { route: string; date: string | null };
  use: { route: string; offences: Array<{ title: string; citation: string; takenIntoConsideration: boolean }>; evidence: string | null };
  ownership: string;
  value: string | null;
  holdsIntimateImages: boolean;
  lawfulMaterial: string | null;
}

export interface LawView {
  code: string;
  power: string;
  definition: string;
  /** s.153(1): available to the convicting court. */
  availability: string;
  propertyCondition: string;
  /** s.153(2)(a): lawful seizure. */
  lawfulSeizure: string;
  purposeCondition: string;
  regard: string;
  /** The Act and section under which a written charge and requisition are issued. */
  requisition: string;
  /** The Police (Property) Act 1897, s.1, and the old provision that applied it to these orders. */
  claims: string;
  claimsAppliedBy: string;
  /** The Act giving complainants lifelong anonymity. */
  anonymityAct: string;
  /** R v Hall: property need not have been seized on arrest. */
  hall: string;
  /** R v Wright-Hadley: proof item by item, to the criminal standard; proportionality. */
  wrightHadley: string;
  /** R v Tan: time to remove lawful material first. */
  tan: string;
  /** O'Leary: an innocent owner's interest. */
  oleary: string;
  /** The CPS guidance asking prosecutors to consider the order. */
  cpsGuidance: string;
  /** True when the guidance had been published by the hearing date. */
  cpsGuidanceBeforeHearing: boolean;
  /** Your Response: information is not possessed apart from its medium (by analogy). */
  yourResponse: string;
  /** s.359(1): a restraining order forbids, and can require nothing. */
  restraining: string;
  /** The sexual harm prevention order: its place in the Code, the subsection letting it require, since when, and the listing it needs. */
  shpo: string;
  shpoMayRequire: string;
  shpoMayRequireFrom: string;
  shpoListing: string;
  /** The platform report: the Act and section, the take-down duty and its exceptions, and the hours allowed. */
  platformReport: string;
  platformTakedown: string;
  platformException: string;
  /** s.20A(2): what a report contains, the declarations only the reporter can make among them. */
  platformContents: string;
  platformHours: number;
}
