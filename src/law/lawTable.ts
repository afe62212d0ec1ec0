import table from "./table.json";
import type { IsoDate } from "../case/dates";

/** How sure the law table is of a value: only `statute` and `secondary` may be stated as law. */
export type Certainty = "statute" | "secondary" | "check";

export interface OffenceEntry {
  key: string;
  title: string;
  act: string;
  section: string;
  modeOfTrial: string | null;
  maximum: string | null;
  inForce: IsoDate | null;
  repealed: IsoDate | null;
  /**
   * Lifelong complainant anonymity under the Sexual Offences (Amendment) Act
   * 1992: true where docs/law.md places the offence under it, false where it
   * does not, null where that is unconfirmed.
   */
  anonymity: boolean | null;
  intimateImage: boolean;
  possessionOffence: boolean;
  /** Why `maximum` is null or uncertain, where the table says. */
  maximumNote?: string;
  /** Why `inForce` is null, where the table says. */
  inForceNote?: string;
  /** A key kept for format v1 that names a whole section: the keys of its subsections, one of which should be used. */
  subsections?: string[];
  /** A repeal that is planned but unconfirmed: conduct on or after `from` is warned of, never refused. */
  mayBeRepealed?: { from: IsoDate; certainty: Certainty; law: string };
  /** The id of the fact in docs/law.md the entry rests on. */
  law: string;
  certainty: Certainty;
  verified: IsoDate;
}

export interface LawTable {
  verified: IsoDate;
  sentencingCodeCommencement: IsoDate;
  predecessorPower: string;
  jurisdiction: string;
  deprivation: typeof table.powers.deprivation;
  /** The restraining order on conviction (Sentencing Act 2020, ss.359-361), its procedure and what is unsettled about its terms. */
  restraining: typeof table.powers.restraining;
  /** The sexual harm prevention order (Sentencing Act 2020, Part 11, Chapter 2): what the tool relies on to propose one, and what it does not confirm. */
  shpo: typeof table.powers.shpo;
  /** The Sentencing Code itself: commencement (with its source), predecessor power, extent. */
  sentencingCode: typeof table.sentencingCode;
  /** Complainant anonymity: the Act that gives it; which offences carry it is each entry's `anonymity`. */
  anonymity: typeof table.anonymity;
  /** Orders and reports that reach what a deprivation order cannot (restraining order, SHPO, platform report). */
  otherOrders: typeof table.otherOrders;
  /** Case law and guidance the rules cite, each with its certainty. */
  authorities: typeof table.authorities;
  offence(key: string): OffenceEntry | undefined;
  offenceKeys(): string[];
}

function buildLawTable(): LawTable {
  const offences = new Map<string, OffenceEntry>(
    Object.entries(table.offences).map(([key, entry]) => [
      key,
      {
        key,
        ...entry,
        certainty: entry.certainty as Certainty,
        mayBeRepealed: "mayBeRepealed" in entry ? { ...entry.mayBeRepealed, certainty: entry.mayBeRepealed.certainty as Certainty } : undefined,
      } as OffenceEntry,
    ]),
  );
  return {
    verified: table.verified,
    sentencingCodeCommencement: table.sentencingCode.commencement.value,
    predecessorPower: table.sentencingCode.predecessorPower.value,
    jurisdiction: table.sentencingCode.jurisdiction.value,
    deprivation: table.powers.deprivation,
    restraining: table.powers.restraining,
    shpo: table.powers.shpo,
    sentencingCode: table.sentencingCode,
    anonymity: table.anonymity,
    otherOrders: table.otherOrders,
    authorities: table.authorities,
    offence: (key) => offences.get(key),
    offenceKeys: () => [...offences.keys()],
  };
}

/** The one law table every rule and view asks; never a date in code. */
export const lawTable: LawTable = buildLawTable();

/** "Sexual Offences Act 2003, s.66B(2)" */
export function offenceCitation(entry: Pick<OffenceEntry, "act" | "section">): string {
  return `${entry.act}, ${entry.section}`;
}

type DeprivationPart = "definition" | "availability" | "propertyCondition" | "lawfulSeizure" | "purposeCondition" | "unlawfulPossessionRoute" | "regard";

/** "Sentencing Act 2020, s.153(2)" */
export function deprivationCitation(part: DeprivationPart): string {
  return `${table.powers.deprivation.act}, ${table.powers.deprivation[part].section}`;
}

/** "R v Hall [2014] EWCA Crim 2413" */
export function authorityCitation(key: keyof typeof table.authorities): string {
  return table.authorities[key].citation;
}

/** "Sentencing Act 2020, ss.359-360" */
export function otherOrderCitation(key: keyof typeof table.otherOrders): string {
  const order = table.otherOrders[key];
  return `${order.act}, ${order.section}`;
}

type RestrainingPart = "power" | "prohibits" | "period" | "necessity" | "inAddition" | "variation";

/** "Sentencing Act 2020, s.360(2)" */
export function restrainingCitation(part: RestrainingPart): string {
  return `${table.powers.restraining.act}, ${table.powers.restraining[part].section}`;
}

/** "Criminal Procedure Rules, Part 31": the Part only, as the rule's number under the 2025 Rules is unconfirmed. */
export function restrainingProcedureCitation(): string {
  return `${table.powers.restraining.procedure.rules}, ${table.powers.restraining.procedure.part}`;
}

type ShpoPart = "power" | "mayRequire" | "test" | "breach" | "discharge";

/** "Sentencing Act 2020, s.343(1A)" */
export function shpoCitation(part: ShpoPart): string {
  return `${table.powers.shpo.act}, ${table.powers.shpo[part].section}`;
}

/** "Criminal Procedure Rules, Part 31": the Part only, as the current rule's number and wording are unconfirmed. */
export function shpoProcedureCitation(): string {
  return `${table.powers.shpo.procedure.rules}, ${table.powers.shpo.procedure.part}`;
}
