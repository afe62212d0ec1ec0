import type { ViewModel } from "../view/types";

/**
 * The shape of a value the templates receive: a leaf kind, a list of one
 * element shape, or a group of named fields.
 *
 * `Shape<ViewModel>` is computed by the compiler from the ViewModel type, so
 * `viewModelShape` below cannot drift from it: a field added to, removed from
 * or retyped in src/view/types.ts without the same change here is a type
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

export const viewModelShape: Shape<ViewModel> = {
  reference: "text",
  court: { level: "text", location: "text", locationUpper: "text", caseNumber: "text" },
  hearingDate: "text",
  defendant: { name: "text", nameUpper: "text", dateOfBirth: "text", pronoun: "text" },
  offences: [offenceShape()],
  convictedOffences: [offenceShape()],
  consideredOffences: [offenceShape()],
  anonymity: "yes/no",
  property: [propertyShape()],
  application: {
    effectsOnOffender: "text",
    proportionality: "text",
    disposal: "text",
    totalValue: "text",
    otherInterests: "yes/no",
    jointItems: [propertyShape()],
    thirdPartyItems: [propertyShape()],
    unknownOwnerItems: [propertyShape()],
    requisitionItems: [propertyShape()],
    lawfulMaterialItems: [propertyShape()],
    retrieval: { days: "number", arrangement: "text" },
    destruction: { items: [propertyShape()], noImages: [propertyShape()], otherOwner: [propertyShape()], ownerUnknown: [propertyShape()] },
  },
  otherSentence: "text",
  prosecutor: { name: "text", role: "text", office: "text", date: "text" },
  law: {
    code: "text",
    power: "text",
    definition: "text",
    availability: "text",
    propertyCondition: "text",
    lawfulSeizure: "text",
    purposeCondition: "text",
    regard: "text",
    requisition: "text",
    claims: "text",
    claimsAppliedBy: "text",
    anonymityAct: "text",
    hall: "text",
    wrightHadley: "text",
    tan: "text",
    oleary: "text",
    cpsGuidance: "text",
    cpsGuidanceBeforeHearing: "yes/no",
  },
};

function propertyShape(): Shape<ViewModel["property"][number]> {
  return {
    number: "number",
    id: "text",
    description: "text",
    kind: "text",
    identifiers: { exhibit: "text", imei: "text", serial: "text" },
    seizure: { route: "text", date: "text" },
    use: { route: "text", offences: [{ title: "text", citation: "text", takenIntoConsideration: "yes/no" }], evidence: "text" },
    ownership: "text",
    value: "text",
    holdsIntimateImages: "yes/no",
    lawfulMaterial: "text",
  };
}

function offenceShape(): Shape<ViewModel["offences"][number]> {
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

/** The root shape as the analyser walks it. */
export const rootShape: ShapeNode = viewModelShape as ShapeNode;

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
