import type { Case, PropertyItem } from "../case/types";
import type { LawTable } from "../law/lawTable";
import type { Rule } from "../rules/types";
import type { ShapeNode } from "../view/shape";

/** One document an order drafts: the template that words it and the file it is written to. */
export interface OrderDocument {
  /** The template's file name in the templates folder, e.g. "order.docx.hbs". */
  template: string;
  /** The output file name, e.g. "order.docx": what `draft`, `batch`, `check` and the golden files call it. */
  fileName: string;
}

/**
 * Documents an order drafts only when asked (`draft --confidential-schedule`):
 * they may name a person every other document names by cipher, so they have
 * their own view, are never drafted by default, and are announced with the
 * order's warning each time they are written.
 */
export interface ConfidentialDocuments {
  documents: ReadonlyArray<OrderDocument>;
  /** What their templates receive: the only view that may hold a protected person's name. */
  buildView(theCase: Case, law?: LawTable): object;
  viewShape: ShapeNode;
  /** Printed each time they are written: what they hold and how they must be kept. */
  warning: string;
}

/**
 * What one order the case applies for would do about an item holding intimate
 * images that is beyond another order (the deprivation application's "What this
 * order cannot reach"): its id, for the wording in
 * templates/partials/copy-remedy.hbs, and the terms that deal with the item.
 */
export interface RemedyView {
  order: string;
  terms: Array<{ id: string | null; text: string | null; whom: string }>;
}

/** What an order's view may learn of the other orders the case applies for. */
export interface OtherOrders {
  /** Each other order's remedy for the item, in the registry's order; none when no order deals with it. */
  remediesFor(item: PropertyItem): RemedyView[];
}

/** No other order: for a view built on its own (tests, and a case applying for one order). */
export const noOtherOrders: OtherOrders = { remediesFor: () => [] };

/**
 * One type of order: everything about it lives in its folder under
 * src/orders/, and src/orders/index.ts lists it. Drafting, checking and the
 * CLI ask the registry, so adding an order type touches no writer, no other
 * order and no command.
 */
export interface OrderType {
  /** Kebab-case id, e.g. "deprivation". */
  id: string;
  /*
   * Its application: the four fields below, all present for an order the
   * prosecution applies for, all absent for a document the case yields with
   * no application (the platform report, drafted from what the case records).
   */
  /** The key under `applications` in the case format that applies for it. */
  applicationKey?: string;
  /** How a message names an application for it, e.g. "deprivation application". */
  applicationName?: string;
  /** The field that must list something for the order to be drafted, e.g. "applications.deprivation.property". */
  appliedPath?: string;
  /** The JSON pointer of its section of the case schema (schemas/case.schema.json). */
  schemaPointer?: string;
  /** Whether its documents are drafted: the case applies for the order, or (with no application) records what the documents deal with. */
  isAppliedFor(theCase: Case): boolean;
  /** Its own rules, in the order `ancillary rules` lists them; rules for every case stay in src/rules/index.ts. */
  rules: ReadonlyArray<Rule>;
  /** Its documents, in the order they are drafted; each template's name in templates/requirements.json is its file name. */
  documents: ReadonlyArray<OrderDocument>;
  /** What its templates receive, from a case that passed every rule; `others` tells it what the other orders applied for would do. */
  buildView(theCase: Case, law?: LawTable, others?: OtherOrders): object;
  /** The shape of that view, so `ancillary check` knows every name its templates may use (src/view/shape.ts). */
  viewShape: ShapeNode;
  /** Documents drafted only when asked for, such as a schedule naming whom the order protects. */
  confidential?: ConfidentialDocuments;
  /**
   * What this order, as the case applies for it, would do about an item holding
   * intimate images (an online copy, a device not in a deprivation application):
   * null when it does nothing for that item.
   */
  remedyFor?(theCase: Case, item: PropertyItem): RemedyView | null;
  /** The entries of src/law/table.json it rests on, as dotted paths (e.g. "powers.deprivation"). */
  law: ReadonlyArray<string>;
}

/** Declares an order type; the type keeps its parts together. */
export function defineOrderType(order: OrderType): OrderType {
  return order;
}
