/**
 * The figures a report gives, in the order every format gives them: one list,
 * so the terminal table, the CSV, the JSON and the HTML page cannot disagree.
 */
import type { Counts } from "./summary";
import type { LeftOutReason } from "./facts";

export interface Column {
  /** The CSV heading and JSON-like name. */
  id: string;
  /** What a person reads: short, for a table heading. */
  heading: string;
  /** For the terminal's by-court and by-month tables, where space is short; explained under them. */
  short?: string;
  value(counts: Counts): number;
}

export const LEFT_OUT_WORDS: Record<LeftOutReason, string> = {
  "online-copy": "online copy",
  "not-seized": "not seized",
  "third-party": "third party's",
  "no-evidence": "no evidence of use",
  "left-out-by-court": "left out by the court",
  "not-applied-for": "not applied for",
};

export const COLUMNS: ReadonlyArray<Column> = [
  { id: "cases", short: "cases", heading: "cases", value: (c) => c.cases },
  { id: "withImages", short: "images", heading: "with intimate images", value: (c) => c.withImages },
  { id: "deprivationApplied", short: "applied", heading: "deprivation applied for", value: (c) => c.deprivationApplied },
  { id: "ordersMade", short: "made", heading: "orders made", value: (c) => c.ordersMade },
  { id: "madeInFull", heading: "made in full", value: (c) => c.deprivation.made },
  { id: "madeInPart", heading: "made in part", value: (c) => c.deprivation["made-in-part"] },
  { id: "refused", heading: "refused", value: (c) => c.deprivation.refused },
  { id: "adjourned", heading: "adjourned", value: (c) => c.deprivation.adjourned },
  { id: "noOutcome", heading: "no outcome recorded", value: (c) => c.deprivationNoOutcome },
  { id: "itemsLeftOut", short: "left out", heading: "items left out", value: (c) => c.itemsLeftOut },
  ...(Object.keys(LEFT_OUT_WORDS) as LeftOutReason[]).map((reason) => ({
    id: `leftOut.${reason}`,
    heading: `left out: ${LEFT_OUT_WORDS[reason]}`,
    value: (c: Counts) => c.leftOutBy[reason],
  })),
  { id: "restrainingMade", heading: "restraining orders made", value: (c) => c.restrainingMade },
  { id: "restrainingAddressingImages", short: "RO images", heading: "restraining orders on images", value: (c) => c.restrainingAddressingImages },
];

/** The columns the by-court and by-month tables show in a terminal (those with a short heading): the rest are in the totals, the CSV and JSON. */
export const GROUP_COLUMNS: ReadonlyArray<Column> = COLUMNS.filter((c) => c.short !== undefined);
