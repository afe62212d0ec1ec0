import type { IsoDate } from "./dates";
import type { RestrainingTermId } from "./restrainingTerms";
import type { ShpoProhibitionId, ShpoRequirementId } from "./shpoTerms";

/** The typed case, as the schema guarantees it. Field names are the YAML's. */
export interface Case {
  version: 1;
  court: Court;
  reference: string;
  hearing: { date: IsoDate };
  defendant: Defendant;
  complainants?: Complainant[];
  offences: Offence[];
  property: PropertyItem[];
  applications?: Applications;
  otherSentence?: string;
  prosecutor: Prosecutor;
  /** What the court did, once the hearing is over (optional). */
  outcome?: Outcome;
}

export type CourtLevel = "magistrates" | "crown";

export interface Court {
  level: CourtLevel;
  location: string;
  jurisdiction: string;
  /** The court's own case number (a Crown Court "T" number, say), shown beside the reference. */
  caseNumber?: string;
}

export type Pronoun = "he" | "she" | "they";

export interface Defendant {
  name: string;
  dateOfBirth?: IsoDate;
  pronoun: Pronoun;
}

export interface Complainant {
  id: string;
  name?: string;
  cipher: string;
}

export type Committed = { on: IsoDate } | { from: IsoDate; to: IsoDate };

export interface Offence {
  id: string;
  provision: string;
  committed: Committed;
  complainant?: string;
  particulars: string;
  conviction?: Conviction;
  takenIntoConsideration?: boolean;
}

export interface Conviction {
  date: IsoDate;
  plea: "guilty" | "not-guilty";
}

/** `cloud-account` and `online-copy` are places online, not things an order can name: an account or storage, and a copy posted or shared (a post, a profile, a page). */
export type PropertyKind = "device" | "storage-media" | "printed-material" | "cloud-account" | "online-copy" | "other";
export type SeizureRoute =
  | "seized-from-offender"
  | "possessed-at-apprehension"
  | "possessed-at-summons"
  | "possessed-at-requisition"
  | "not-seized";
export type UseRoute = "used-to-commit" | "used-to-facilitate" | "intended-for-use" | "unlawful-possession";
export type Ownership = "offender" | "joint" | "third-party" | "unknown";

export interface PropertyItem {
  id: string;
  description: string;
  kind: PropertyKind;
  identifiers?: { exhibit?: string; imei?: string; serial?: string; account?: string };
  seizure?: { route: SeizureRoute; date?: IsoDate };
  use?: { route: UseRoute; offences?: string[]; evidence?: string };
  ownership?: Ownership;
  value?: { amount: number; currency: "GBP" };
  holdsIntimateImages?: boolean;
  /** Lawful material on the item that the offender needs from it (R v Tan). */
  lawfulMaterial?: string;
  /** For an item held online: the service holding it ("Instagram"), to which an intimate image content report goes. */
  platform?: string;
  /** For an item held online: where on the service the content is (a link, or a post's or profile's id), as the report identifies it. */
  location?: string;
}

export interface Applications {
  deprivation?: DeprivationApplication;
  restraining?: RestrainingApplication;
  shpo?: ShpoApplication;
}

/** The proposal for a sexual harm prevention order (Sentencing Act 2020, Part 11, Chapter 2). */
export interface ShpoApplication {
  /** The listing in Schedule 3 or 5 to the Sexual Offences Act 2003 relied on, as the user states it: never verified by the tool. */
  listing?: string;
  /** The last day of the order, or "further-order": a fixed period is at least five years. */
  until: IsoDate | "further-order";
  /** Why the order is necessary to protect the public, or particular persons, from sexual harm. */
  necessity?: string;
  /** What the defendant must not do: library ids (src/case/shpoTerms.ts) or terms written as "not to ...". */
  prohibitions?: Array<ShpoProhibitionId | FreeShpoTerm>;
  /** What the defendant must do: library ids or terms written as "to ...". */
  requirements?: Array<ShpoRequirementId | FreeShpoTerm>;
}

/** A term written for the case, printed as written. */
export interface FreeShpoTerm {
  text: string;
}

/** The application for a restraining order on conviction (Sentencing Act 2020, ss.359-360). */
export interface RestrainingApplication {
  /** Ids of complainants the order protects; documents name them by cipher. */
  protects: string[];
  /** The last day of the order, or "further-order" (s.359(2)). */
  until: IsoDate | "further-order";
  /** Why the order is needed to protect them from harassment or fear of violence (s.360(2)). */
  necessity?: string;
  terms: RestrainingTerm[];
}

/** A term: one from the library (src/case/restrainingTerms.ts, worded in templates/partials/restraining-term.hbs), or one written for the case. */
export type RestrainingTerm = RestrainingTermId | FreeRestrainingTerm;

export interface FreeRestrainingTerm {
  /** What the defendant must not do, in the form "not to ...": "not to enter Ashby Road, Hinckley". */
  text: string;
  /** Set when the prosecution has checked that a place the term names does not reveal where a protected person lives or works. */
  placeSafe?: boolean;
}

export interface DeprivationApplication {
  property: string[];
  effectsOnOffender?: string;
  /** Why the order is proportionate, taken with the sentence as a whole. */
  proportionality?: string;
  disposal?: "destroy" | "retain-for-evidence" | "other";
  /** A window for copying lawful material off the items that hold it, before anything is disposed of. */
  retrieval?: Retrieval;
}

export interface Retrieval {
  days: number;
  arrangement: string;
}

/** What the court decided on an order: made, made in part (some items or terms), refused, or adjourned. */
export type Decision = "made" | "made-in-part" | "refused" | "adjourned";

/** The result of the hearing: its date and, keyed as under `applications`, what the court did on each order. */
export interface Outcome {
  date: IsoDate;
  orders: OrderOutcomes;
}

/** One entry per order the court dealt with, under the same key as its application. */
export interface OrderOutcomes {
  deprivation?: DeprivationOutcome;
  restraining?: RestrainingOutcome;
  shpo?: ShpoOutcome;
}

/** What every order's outcome records. */
export interface OrderOutcome {
  decision: Decision;
  /** The offences the order was made on; every convicted offence when omitted. */
  offences?: string[];
  /** The court's reasons, as announced: for a refusal, or for leaving items or terms out. */
  reasons?: string;
  /** For an adjourned decision: the date it was put off to. */
  adjournedTo?: IsoDate;
}

export interface DeprivationOutcome extends OrderOutcome {
  /** The items the order covers as made. */
  property?: string[];
}

export interface RestrainingOutcome extends OrderOutcome {
  /** The complainants the order protects as made. */
  protects?: string[];
  /** The terms as made. */
  terms?: RestrainingTerm[];
  /** The last day of the order as made, or "further-order". */
  until?: IsoDate | "further-order";
}

export interface ShpoOutcome extends OrderOutcome {
  /** The prohibitions as made. */
  prohibitions?: Array<ShpoProhibitionId | FreeShpoTerm>;
  /** The requirements as made. */
  requirements?: Array<ShpoRequirementId | FreeShpoTerm>;
  /** The last day of the order as made, or "further-order". */
  until?: IsoDate | "further-order";
}

export interface Prosecutor {
  name: string;
  role: string;
  office: string;
  date: IsoDate;
}

/** The first and last day of an offence. */
export function offencePeriod(committed: Committed): { start: IsoDate; end: IsoDate } {
  return "on" in committed ? { start: committed.on, end: committed.on } : { start: committed.from, end: committed.to };
}
