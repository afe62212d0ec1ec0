/**
 * A report across cases: the facts of each case (facts.ts) added up, in total,
 * by court and by month, with the files that could not be counted listed by
 * path (withheld where it names a complainant). Counts only: no one is named.
 */
import type { Decision } from "../case/types";
import { LEFT_OUT_REASONS, type CaseFacts, type LeftOutReason } from "./facts";

export interface Counts {
  cases: number;
  /** Cases with at least one item holding intimate images. */
  withImages: number;
  deprivationApplied: number;
  /** Deprivation orders by decision recorded in `outcome`. */
  deprivation: Record<Decision, number>;
  /** Deprivation applications with no decision recorded. */
  deprivationNoOutcome: number;
  /** Orders made, in full or in part. */
  ordersMade: number;
  itemsLeftOut: number;
  leftOutBy: Record<LeftOutReason, number>;
  restrainingMade: number;
  restrainingAddressingImages: number;
}

export interface NotCounted {
  /** The path as given, any part naming a complainant withheld. */
  path: string;
  /** "unreadable": the file could not be read (I/O, size, encoding); "not-a-case": it did not parse or match the case format; "name-refused": its path names a complainant. */
  kind: "unreadable" | "not-a-case" | "name-refused";
  reason: string;
}

export interface Summary {
  totals: Counts;
  /** Cases counted that have errors (still counted: their facts were read). */
  withErrors: number;
  byCourt: Array<{ court: string } & Counts>;
  byMonth: Array<{ month: string } & Counts>;
  notCounted: NotCounted[];
}

export function emptyCounts(): Counts {
  return {
    cases: 0,
    withImages: 0,
    deprivationApplied: 0,
    deprivation: { made: 0, "made-in-part": 0, refused: 0, adjourned: 0 },
    deprivationNoOutcome: 0,
    ordersMade: 0,
    itemsLeftOut: 0,
    leftOutBy: Object.fromEntries(LEFT_OUT_REASONS.map((r) => [r, 0])) as Record<LeftOutReason, number>,
    restrainingMade: 0,
    restrainingAddressingImages: 0,
  };
}

function add(counts: Counts, facts: CaseFacts): void {
  counts.cases++;
  if (facts.holdsImages) counts.withImages++;
  if (facts.deprivationApplied) counts.deprivationApplied++;
  if (facts.deprivation === "no-outcome") counts.deprivationNoOutcome++;
  else if (facts.deprivation !== "not-applied-for") counts.deprivation[facts.deprivation]++;
  if (facts.deprivation === "made" || facts.deprivation === "made-in-part") counts.ordersMade++;
  counts.itemsLeftOut += facts.leftOut.length;
  for (const reason of facts.leftOut) counts.leftOutBy[reason]++;
  if (facts.restrainingMade) counts.restrainingMade++;
  if (facts.restrainingAddressesImages) counts.restrainingAddressingImages++;
}

/** Adds one set of counts to another: counts are sums, so parts read apart add up to the whole. */
function addCounts(counts: Counts, more: Counts): void {
  for (const key of Object.keys(counts) as Array<keyof Counts>) {
    const value = more[key];
    if (typeof value === "number") (counts[key] as number) += value;
    else for (const [field, n] of Object.entries(value)) (counts[key] as Record<string, number>)[field] += n;
  }
}

/** Adds cases up one at a time, so ten thousand cases never sit in memory at once. */
export class SummaryBuilder {
  private readonly totals = emptyCounts();
  private readonly courts = new Map<string, Counts>();
  private readonly months = new Map<string, Counts>();
  private readonly notCounted: NotCounted[] = [];
  private withErrors = 0;

  addCase(facts: CaseFacts, hasErrors: boolean): void {
    add(this.totals, facts);
    add(group(this.courts, facts.court), facts);
    add(group(this.months, facts.month), facts);
    if (hasErrors) this.withErrors++;
  }

  addNotCounted(entry: NotCounted): void {
    this.notCounted.push(entry);
  }

  /** Adds a summary of other cases (read by another thread): the result is as if they had been added one by one. */
  addSummary(part: Summary): void {
    addCounts(this.totals, part.totals);
    for (const { court, ...counts } of part.byCourt) addCounts(group(this.courts, court), counts);
    for (const { month, ...counts } of part.byMonth) addCounts(group(this.months, month), counts);
    this.notCounted.push(...part.notCounted);
    this.withErrors += part.withErrors;
  }

  build(): Summary {
    const sorted = <K extends string>(map: Map<string, Counts>, key: K) =>
      [...map.keys()].sort(byCodeUnit).map((name) => ({ [key]: name, ...map.get(name)! }) as { [P in K]: string } & Counts);
    return {
      totals: this.totals,
      withErrors: this.withErrors,
      byCourt: sorted(this.courts, "court"),
      byMonth: sorted(this.months, "month"),
      notCounted: [...this.notCounted].sort((a, b) => byCodeUnit(a.path, b.path)),
    };
  }
}

function group(map: Map<string, Counts>, key: string): Counts {
  let counts = map.get(key);
  if (!counts) map.set(key, (counts = emptyCounts()));
  return counts;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
