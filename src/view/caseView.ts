import { type Case, type Offence, offencePeriod } from "../case/types";
import { lawTable, offenceCitation, type LawTable } from "../law/lawTable";
import { escapeUserText } from "../render/markupEscape";
import { formatDate } from "./format";
import type { CaseView, OffenceView } from "./types";

/**
 * What every order's templates receive about the case itself: the court, the
 * defendant, the offences and the prosecutor. An order's view builder
 * (src/orders/<order>/view.ts) adds its own application to this.
 */
export function buildCaseView(theCase: Case, law: LawTable = lawTable): CaseView {
  const text = escapeUserText;
  const optional = (value: string | undefined) => (value === undefined ? null : text(value));
  const ciphers = new Map((theCase.complainants ?? []).map((c) => [c.id, text(c.cipher)]));
  const offences = theCase.offences.map((offence) => offenceView(offence, law, ciphers));
  return {
    reference: text(theCase.reference),
    court: {
      level: theCase.court.level,
      location: text(theCase.court.location),
      locationUpper: text(theCase.court.location.toUpperCase()),
      caseNumber: optional(theCase.court.caseNumber),
    },
    hearingDate: formatDate(theCase.hearing.date),
    defendant: {
      name: text(theCase.defendant.name),
      nameUpper: text(theCase.defendant.name.toUpperCase()),
      dateOfBirth: theCase.defendant.dateOfBirth ? formatDate(theCase.defendant.dateOfBirth) : null,
      pronoun: theCase.defendant.pronoun,
    },
    offences,
    convictedOffences: offences.filter((o) => o.convicted && !o.takenIntoConsideration),
    anonymity: theCase.offences.some((o) => law.offence(o.provision)?.anonymity === true),
    otherSentence: optional(theCase.otherSentence),
    prosecutor: {
      name: text(theCase.prosecutor.name),
      role: text(theCase.prosecutor.role),
      office: text(theCase.prosecutor.office),
      date: formatDate(theCase.prosecutor.date),
    },
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

