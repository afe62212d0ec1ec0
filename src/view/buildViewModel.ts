import { offencePeriod, type Case, type Offence, type PropertyItem } from "../case/types";
import { authorityCitation, deprivationCitation, lawTable, offenceCitation, type LawTable } from "../law/lawTable";
import { escapeUserText } from "../render/markupEscape";
import { formatDate, formatPounds } from "./format";
import type { LawView, OffenceView, PropertyView, ViewModel } from "./types";

/** Builds what the templates see from a case that has passed every rule. */
export function buildViewModel(theCase: Case, law: LawTable = lawTable): ViewModel {
  const text = escapeUserText;
  const optional = (value: string | undefined) => (value === undefined ? null : text(value));
  const ciphers = new Map((theCase.complainants ?? []).map((c) => [c.id, text(c.cipher)]));
  const offences = theCase.offences.map((offence) => offenceView(offence, law, ciphers));
  const offenceById = new Map(offences.map((o) => [o.id, o]));
  const applied = theCase.applications?.deprivation;
  const items = (applied?.property ?? [])
    .map((id) => theCase.property.find((p) => p.id === id))
    .filter((item): item is PropertyItem => item !== undefined);
  const total = items.every((item) => item.value) ? items.reduce((sum, item) => sum + (item.value?.amount ?? 0), 0) : undefined;

  return {
    reference: text(theCase.reference),
    court: { level: theCase.court.level, location: text(theCase.court.location), locationUpper: text(theCase.court.location.toUpperCase()) },
    hearingDate: formatDate(theCase.hearing.date),
    defendant: {
      name: text(theCase.defendant.name),
      nameUpper: text(theCase.defendant.name.toUpperCase()),
      dateOfBirth: theCase.defendant.dateOfBirth ? formatDate(theCase.defendant.dateOfBirth) : null,
      pronoun: theCase.defendant.pronoun,
    },
    offences,
    convictedOffences: offences.filter((o) => o.convicted),
    anonymity: theCase.offences.some((o) => law.offence(o.provision)?.anonymity === true),
    property: items.map((item, index) => propertyView(item, index + 1, offenceById)),
    application: {
      effectsOnOffender: applied?.effectsOnOffender ? text(applied.effectsOnOffender) : null,
      disposal: applied?.disposal ?? null,
      totalValue: total === undefined ? null : formatPounds(total),
      otherInterests: items.some((item) => item.ownership !== undefined && item.ownership !== "offender"),
    },
    otherSentence: optional(theCase.otherSentence),
    prosecutor: {
      name: text(theCase.prosecutor.name),
      role: text(theCase.prosecutor.role),
      office: text(theCase.prosecutor.office),
      date: formatDate(theCase.prosecutor.date),
    },
    law: lawView(law, theCase.hearing.date),
  };
}

function offenceView(offence: Offence, law: LawTable, ciphers: Map<string, string>): OffenceView {
  const entry = law.offence(offence.provision);
  const period = offencePeriod(offence.committed);
  return {
    id: offence.id,
    title: entry ? escapeUserText(entry.title) : escapeUserText(offence.provision),
    citation: entry ? escapeUserText(offenceCitation(entry)) : escapeUserText(offence.provision),
    particulars: escapeUserText(offence.particulars),
    committed: { single: period.start === period.end, on: formatDate(period.start), from: formatDate(period.start), to: formatDate(period.end) },
    convicted: offence.conviction !== undefined,
    conviction: offence.conviction ? { date: formatDate(offence.conviction.date), plea: offence.conviction.plea } : null,
    takenIntoConsideration: offence.takenIntoConsideration === true,
    complainant: offence.complainant ? (ciphers.get(offence.complainant) ?? null) : null,
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
      offences: (item.use?.offences ?? [])
        .map((id) => offenceById.get(id))
        .filter((o): o is OffenceView => o !== undefined)
        .map((o) => ({ title: o.title, citation: o.citation })),
      evidence: optional(item.use?.evidence),
    },
    ownership: item.ownership ?? "unknown",
    value: item.value ? formatPounds(item.value.amount) : null,
  };
}

function lawView(law: LawTable, hearingDate: string): LawView {
  const power = law.deprivation;
  return {
    code: escapeUserText(power.act),
    // The power as a whole: the availability subsection without its number.
    power: escapeUserText(deprivationCitation("availability").replace(/\(\d+\)$/, "")),
    definition: escapeUserText(deprivationCitation("definition")),
    propertyCondition: escapeUserText(deprivationCitation("propertyCondition")),
    purposeCondition: escapeUserText(deprivationCitation("purposeCondition")),
    regard: escapeUserText(deprivationCitation("regard")),
    thirdPartyAct: escapeUserText(power.thirdPartyClaims.act),
    thirdPartyMonths: power.thirdPartyClaims.periodMonths,
    anonymityAct: escapeUserText(law.anonymity.act),
    hall: escapeUserText(authorityCitation("hall")),
    cpsGuidance: escapeUserText(authorityCitation("cpsGuidance")),
    cpsGuidanceBeforeHearing: hearingDate >= law.authorities.cpsGuidance.published,
  };
}
