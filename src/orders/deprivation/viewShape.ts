import { caseViewShape, offenceShape, type Shape } from "../../view/shape";
import type { DeprivationView, PropertyView } from "./viewTypes";

/**
 * What the deprivation order's templates may name, for `ancillary check`: tied
 * to DeprivationView by the compiler, and to what view.ts builds by
 * test/check/viewShape.test.ts.
 */
export const deprivationViewShape: Shape<DeprivationView> = {
  ...caseViewShape,
  consideredOffences: [offenceShape()],
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
  beyond: {
    items: [
      {
        description: "text",
        exhibit: "text",
        online: "yes/no",
        information: "yes/no",
        notSeized: "yes/no",
        noUse: "yes/no",
        notApplied: "yes/no",
        remedies: [{ order: "text", terms: [{ id: "text", text: "text", whom: "text" }] }],
        platformReport: { number: "number", platform: "text" },
      },
    ],
    platformReport: "yes/no",
    severalReports: "yes/no",
    retentionTerm: "yes/no",
    remedyOrders: [{ order: "text" }],
  },
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
    yourResponse: "text",
    restraining: "text",
    shpo: "text",
    shpoMayRequire: "text",
    shpoMayRequireFrom: "text",
    shpoListing: "text",
    platformReport: "text",
    platformTakedown: "text",
    platformException: "text",
    platformContents: "text",
    platformHours: "number",
  },
};

function propertyShape(): Shape<PropertyView> {
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
