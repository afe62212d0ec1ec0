import type { CaseView, OffenceView } from "./types";

/**
 * The shape of a value the templates receive: a leaf kind, a list of one
 * element shape, or a group of named fields.
 *
 * `Shape<CaseView>` is computed by the compiler from the CaseView type, so
 * `caseViewShape` below (and each order's view shape, built on it) cannot
 * drift from its type: a field added to, removed from or retyped in the view
 * types without the same change in the shape is a type
 * error (a missing key, an excess key in the object literal, or a wrong leaf
 * kind), and `npm test` type-checks before it runs a test. Nullable fields
 * (`string | null`, `{...} | null`) are recorded by their non-null shape, so
 * every path a template may guard with `#if` is known.
 */
export type Shape<T> = [T] extends [ReadonlyArray<infer E>]
  ? readonly [Shape<E>]
  : [T] extends [string]
    ? "text"
    : [T] extends [number]
      ? "number"
      : [T] extends [boolean]
        ? "yes/no"
        : [T] extends [object]
          ? { readonly [K in keyof T]-?: Shape<NonNullable<T[K]>> }
          : never;

export type Leaf = "text" | "number" | "yes/no";
export type ShapeNode = Leaf | readonly [ShapeNode] | { readonly [field: string]: ShapeNode };

/** What every order's view holds about the case itself (src/view/caseView.ts). */
export const caseViewShape: Shape<CaseView> = {
  reference: "text",
  court: { level: "text", location: "text", locationUpper: "text", caseNumber: "text" },
  hearingDate: "text",
  defendant: { name: "text", nameUpper: "text", dateOfBirth: "text", pronoun: "text" },
  offences: [offenceShape()],
  convictedOffences: [offenceShape()],
  anonymity: "yes/no",
  otherSentence: "text",
  prosecutor: { name: "text", role: "text", office: "text", date: "text" },
};

export function offenceShape(): Shape<OffenceView> {
  return {
    id: "text",
    title: "text",
    citation: "text",
    particulars: "text",
    committed: { single: "yes/no", on: "text", from: "text", to: "text" },
    convicted: "yes/no",
    conviction: { date: "text", plea: "text" },
    takenIntoConsideration: "yes/no",
    complainant: "text",
  };
}

export function isList(shape: ShapeNode): shape is readonly [ShapeNode] {
  return Array.isArray(shape);
}

export function isGroup(shape: ShapeNode): shape is { readonly [field: string]: ShapeNode } {
  return typeof shape === "object" && !Array.isArray(shape);
}

export function fieldsOf(shape: ShapeNode): string[] {
  return isGroup(shape) ? Object.keys(shape) : [];
}

/** The field's shape, if the group has it as its own key (never a prototype key such as "constructor"). */
export function field(shape: ShapeNode, name: string): ShapeNode | undefined {
  return isGroup(shape) && Object.prototype.hasOwnProperty.call(shape, name) ? shape[name] : undefined;
}

/** How a shape is described to someone editing a template. */
export function describeShape(shape: ShapeNode): string {
  if (isList(shape)) return "a list";
  if (isGroup(shape)) return "a group of fields";
  return shape === "yes/no" ? "a yes/no value" : shape === "number" ? "a number" : "a piece of text";
}
