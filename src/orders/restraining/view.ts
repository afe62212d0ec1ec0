import type { Case } from "../../case/types";
import { lawTable, restrainingCitation, restrainingProcedureCitation, type LawTable } from "../../law/lawTable";
import { escapeUserText } from "../../render/markupEscape";
import { buildCaseView } from "../../view/caseView";
import { formatDate, inWords } from "../../view/format";
import type { RestrainingLawView, RestrainingView, TermView } from "./viewTypes";

/**
 * Builds what the restraining order's templates see from a case that has
 * passed every rule. Each person protected appears by cipher only: no name
 * reaches this view.
 */
export function buildRestrainingView(theCase: Case, law: LawTable = lawTable): RestrainingView {
  const applied = theCase.applications?.restraining;
  const protectedPeople = protectedByCipher(theCase);
  const whom = inWords(protectedPeople.map((p) => p.cipher));
  const until = applied?.until;
  const terms: TermView[] = (applied?.terms ?? []).map((term, index) =>
    typeof term === "string" ? { number: index + 1, id: term, text: null, whom } : { number: index + 1, id: null, text: escapeUserText(term.text), whom },
  );
  return {
    ...buildCaseView(theCase, law),
    restraining: {
      protectedPeople,
      protectedInWords: whom,
      severalProtected: protectedPeople.length > 1,
      until: until === undefined || until === "further-order" ? null : formatDate(until),
      untilFurtherOrder: until === "further-order",
      necessity: applied?.necessity === undefined ? null : escapeUserText(applied.necessity),
      terms,
    },
    law: lawView(law),
  };
}

/** The people the order protects, by cipher, in the case's order. */
function protectedByCipher(theCase: Case): Array<{ cipher: string }> {
  const ciphers = new Map((theCase.complainants ?? []).map((c) => [c.id, escapeUserText(c.cipher)]));
  return [...new Set(theCase.applications?.restraining?.protects ?? [])].flatMap((id) => (ciphers.has(id) ? [{ cipher: ciphers.get(id)! }] : []));
}

/** Their ciphers in words, as a term's wording names them: "the complainant", "Person A and Person B". */
export function protectedInWords(theCase: Case): string {
  return inWords(protectedByCipher(theCase).map((p) => p.cipher));
}

function lawView(law: LawTable): RestrainingLawView {
  const cite = escapeUserText;
  return {
    code: cite(law.restraining.act),
    power: cite(restrainingCitation("power")),
    prohibits: cite(restrainingCitation("prohibits")),
    period: cite(restrainingCitation("period")),
    necessity: cite(restrainingCitation("necessity")),
    inAddition: cite(restrainingCitation("inAddition")),
    variation: cite(restrainingCitation("variation")),
    procedure: cite(restrainingProcedureCitation()),
    anonymityAct: cite(law.anonymity.act),
    anonymitySection: cite(law.anonymity.section),
  };
}
