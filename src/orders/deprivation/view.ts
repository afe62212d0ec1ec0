import type { Case, PropertyItem } from "../../case/types";
import { authorityCitation, deprivationCitation, lawTable, otherOrderCitation, restrainingCitation, type LawTable } from "../../law/lawTable";
import { escapeUserText } from "../../render/markupEscape";
import { reasonNotDestroyed } from "../../case/disposal";
import { buildCaseView } from "../../view/caseView";
import { formatDate, formatPounds } from "../../view/format";
import type { OffenceView } from "../../view/types";
import { noOtherOrders, type OtherOrders } from "../types";
import { beyondTheOrder } from "./beyond";
import type { ApplicationView, DeprivationView, LawView, PropertyView } from "./viewTypes";

/** Builds what the deprivation order's templates see from a case that has passed every rule. */
export function buildViewModel(theCase: Case, law: LawTable = lawTable, others: OtherOrders = noOtherOrders): DeprivationView {
  const caseView = buildCaseView(theCase, law);
  const offenceById = new Map(caseView.offences.map((o) => [o.id, o]));
  const applied = theCase.applications?.deprivation;
  const items = [...new Set(applied?.property ?? [])]
    .map((id) => theCase.property.find((p) => p.id === id))
    .filter((item): item is PropertyItem => item !== undefined);
  const property = items.map((item, index) => propertyView(item, index + 1, offenceById));
  const reliedOn = new Set(items.flatMap((item) => item.use?.offences ?? []));
  return {
    ...caseView,
    consideredOffences: caseView.offences.filter((o) => o.takenIntoConsideration && reliedOn.has(o.id)),
    property,
    application: applicationView(theCase, items, property),
    beyond: beyondTheOrder(theCase, law, others),
    law: lawView(law, theCase.hearing.date),
  };
}

/** The application's own fields, and the items grouped as the documents discuss them. */
function applicationView(theCase: Case, items: PropertyItem[], property: PropertyView[]): ApplicationView {
  const applied = theCase.applications?.deprivation;
  const where = (test: (item: PropertyItem) => boolean) => property.filter((_, i) => test(items[i]));
  const total = items.every((item) => item.value) ? items.reduce((sum, item) => sum + (item.value?.amount ?? 0), 0) : undefined;
  const jointItems = where((item) => item.ownership === "joint");
  const thirdPartyItems = where((item) => item.ownership === "third-party");
  const unknownOwnerItems = where((item) => item.ownership === "unknown");
  return {
    effectsOnOffender: applied?.effectsOnOffender ? escapeUserText(applied.effectsOnOffender) : null,
    proportionality: applied?.proportionality ? escapeUserText(applied.proportionality) : null,
    disposal: applied?.disposal ?? null,
    totalValue: total === undefined ? null : formatPounds(total),
    otherInterests: jointItems.length + thirdPartyItems.length + unknownOwnerItems.length > 0,
    jointItems,
    thirdPartyItems,
    unknownOwnerItems,
    requisitionItems: where((item) => item.seizure?.route === "possessed-at-requisition"),
    lawfulMaterialItems: where((item) => item.lawfulMaterial !== undefined),
    retrieval: applied?.retrieval ? { days: applied.retrieval.days, arrangement: escapeUserText(applied.retrieval.arrangement) } : null,
    destruction:
      applied?.disposal === "destroy"
        ? {
            items: where((item) => reasonNotDestroyed(item) === undefined),
            noImages: where((item) => reasonNotDestroyed(item) === "no-images"),
            otherOwner: where((item) => reasonNotDestroyed(item) === "other-owner"),
            ownerUnknown: where((item) => reasonNotDestroyed(item) === "owner-unknown"),
          }
        : null,
  };
}

function propertyView(item: PropertyItem, number: number, offenceById: Map<string, OffenceView>): PropertyView {
  const optional = (value: string | undefined) => (value === undefined ? null : escapeUserText(value));
  return {
    number,
    id: item.id,
    description: escapeUserText(item.description),
    kind: item.kind,
    identifiers: { exhibit: optional(item.identifiers?.exhibit), imei: optional(item.identifiers?.imei), serial: optional(item.identifiers?.serial) },
    seizure: { route: item.seizure?.route ?? "not-seized", date: item.seizure?.date ? formatDate(item.seizure.date) : null },
    use: {
      route: item.use?.route ?? "",
      offences: [...new Set(item.use?.offences ?? [])]
        .map((id) => offenceById.get(id))
        .filter((o): o is OffenceView => o !== undefined)
        .map((o) => ({ title: o.title, citation: o.citation, takenIntoConsideration: o.takenIntoConsideration })),
      evidence: optional(item.use?.evidence),
    },
    ownership: item.ownership ?? "unknown",
    value: item.value ? formatPounds(item.value.amount) : null,
    holdsIntimateImages: item.holdsIntimateImages === true,
    lawfulMaterial: optional(item.lawfulMaterial),
  };
}

function lawView(law: LawTable, hearingDate: string): LawView {
  const power = law.deprivation;
  const { shpo, platformReport: report } = law.otherOrders;
  const cite = (value: string) => escapeUserText(value);
  return {
    code: cite(power.act),
    // The power as a whole: the availability subsection without its number.
    power: cite(deprivationCitation("availability").replace(/\(\d+\)$/, "")),
    definition: cite(deprivationCitation("definition")),
    availability: cite(deprivationCitation("availability")),
    propertyCondition: cite(deprivationCitation("propertyCondition")),
    lawfulSeizure: cite(deprivationCitation("lawfulSeizure")),
    purposeCondition: cite(deprivationCitation("purposeCondition")),
    regard: cite(deprivationCitation("regard")),
    requisition: cite(`${power.requisition.act}, ${power.requisition.section}`),
    claims: cite(`${power.claims.act}, ${power.claims.section}`),
    claimsAppliedBy: cite(power.claims.appliedBy),
    anonymityAct: cite(law.anonymity.act),
    hall: cite(authorityCitation("hall")),
    wrightHadley: cite(authorityCitation("wrightHadley")),
    tan: cite(authorityCitation("tan")),
    oleary: cite(authorityCitation("oleary")),
    cpsGuidance: cite(authorityCitation("cpsGuidance")),
    cpsGuidanceBeforeHearing: hearingDate >= law.authorities.cpsGuidance.published,
    yourResponse: cite(authorityCitation("yourResponse")),
    restraining: cite(restrainingCitation("prohibits")),
    shpo: cite(otherOrderCitation("shpo")),
    shpoMayRequire: cite(`${shpo.act}, ${shpo.mayRequireSection}`),
    shpoMayRequireFrom: formatDate(shpo.mayRequireFrom),
    shpoListing: cite(shpo.listing.schedules),
    platformReport: cite(`${report.act}, ${report.section}`),
    platformTakedown: cite(report.takedownSection),
    platformException: cite(report.exceptionSection),
    platformContents: cite(`${report.act}, ${report.contentsSection}`),
    platformHours: report.hours,
  };
}
