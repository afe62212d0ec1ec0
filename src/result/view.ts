import type { Case, Decision, FreeShpoTerm, OrderOutcome, RestrainingTerm } from "../case/types";
import { deprivationCitation, lawTable, restrainingCitation, shpoCitation, type LawTable } from "../law/lawTable";
import { victimsInWords } from "../orders/shpo/view";
import { escapeUserText } from "../render/markupEscape";
import { buildCaseView } from "../view/caseView";
import { formatDate, inWords } from "../view/format";
import type { DecisionView, DeprivationResultView, RestrainingResultView, ResultView, ShpoResultTermView, ShpoResultView } from "./viewTypes";

const DECISION_WORDS: Record<Decision, string> = { made: "made", "made-in-part": "made in part", refused: "refused", adjourned: "adjourned" };

/**
 * Builds the results sheet's view from a case with an outcome that passed
 * every rule: for each convicted offence, what the court did on each order
 * made on it (every convicted offence when the outcome names none).
 */
export function buildResultView(theCase: Case, law: LawTable = lawTable): ResultView {
  const caseView = buildCaseView(theCase, law);
  const outcome = theCase.outcome;
  const orders = outcome?.orders ?? {};
  const onOffence = (order: OrderOutcome | undefined, id: string) => order !== undefined && (order.offences === undefined || order.offences.includes(id));
  const offences = caseView.convictedOffences.map((offence) => ({
    offence,
    deprivation: onOffence(orders.deprivation, offence.id) ? deprivationResult(theCase) : null,
    restraining: onOffence(orders.restraining, offence.id) ? restrainingResult(theCase) : null,
    shpo: onOffence(orders.shpo, offence.id) ? shpoResult(theCase) : null,
  }));
  return {
    ...caseView,
    result: {
      date: outcome ? formatDate(outcome.date) : "",
      offences,
      nothingRecorded: offences.every((o) => o.deprivation === null && o.restraining === null && o.shpo === null),
    },
    law: {
      // As the drafted order cites its power: the section that makes it available (s.153), without the subsection.
      deprivation: escapeUserText(deprivationCitation("availability").replace(/\(\d+\)$/, "")),
      restraining: escapeUserText(restrainingCitation("power")),
      restrainingPeriod: escapeUserText(restrainingCitation("period")),
      // The notes give no section for the SHPO's power or its period: the Chapter, as the draft order cites it.
      shpo: escapeUserText(shpoCitation("power")),
    },
  };
}

function decisionView(order: OrderOutcome): DecisionView {
  return {
    decision: DECISION_WORDS[order.decision],
    made: order.decision === "made" || order.decision === "made-in-part",
    inPart: order.decision === "made-in-part",
    refused: order.decision === "refused",
    adjourned: order.decision === "adjourned",
    adjournedTo: order.adjournedTo === undefined ? null : formatDate(order.adjournedTo),
    reasons: order.reasons === undefined ? null : escapeUserText(order.reasons),
  };
}

function deprivationResult(theCase: Case): DeprivationResultView {
  const order = theCase.outcome!.orders.deprivation!;
  const ordered = new Set(order.property ?? []);
  const property = theCase.property.flatMap((item, index) =>
    ordered.has(item.id)
      ? [
          {
            number: index + 1,
            description: escapeUserText(item.description),
            identifiers: {
              exhibit: item.identifiers?.exhibit === undefined ? null : escapeUserText(item.identifiers.exhibit),
              imei: item.identifiers?.imei === undefined ? null : escapeUserText(item.identifiers.imei),
              serial: item.identifiers?.serial === undefined ? null : escapeUserText(item.identifiers.serial),
            },
          },
        ]
      : [],
  );
  return { ...decisionView(order), property };
}

function restrainingResult(theCase: Case): RestrainingResultView {
  const order = theCase.outcome!.orders.restraining!;
  // By cipher only; the people applied for when the outcome does not say.
  const ciphers = new Map((theCase.complainants ?? []).map((c) => [c.id, escapeUserText(c.cipher)]));
  const protects = order.protects ?? theCase.applications?.restraining?.protects ?? [];
  const whom = inWords([...new Set(protects)].flatMap((id) => (ciphers.has(id) ? [ciphers.get(id)!] : [])));
  const term = (t: RestrainingTerm, index: number) => (typeof t === "string" ? { number: index + 1, id: t, text: null, whom } : { number: index + 1, id: null, text: escapeUserText(t.text), whom });
  return {
    ...decisionView(order),
    protectedInWords: whom,
    until: order.until === undefined || order.until === "further-order" ? null : formatDate(order.until),
    untilFurtherOrder: order.until === "further-order",
    terms: (order.terms ?? []).map(term),
  };
}

function shpoResult(theCase: Case): ShpoResultView {
  const order = theCase.outcome!.orders.shpo!;
  // As the draft order words its library terms: the people the offences were against, by cipher.
  const whom = victimsInWords(theCase);
  const term = (t: string | FreeShpoTerm): ShpoResultTermView => (typeof t === "string" ? { id: t, text: null, whom } : { id: null, text: escapeUserText(t.text), whom });
  return {
    ...decisionView(order),
    until: order.until === undefined || order.until === "further-order" ? null : formatDate(order.until),
    untilFurtherOrder: order.until === "further-order",
    prohibitions: (order.prohibitions ?? []).map(term),
    requirements: (order.requirements ?? []).map(term),
  };
}
