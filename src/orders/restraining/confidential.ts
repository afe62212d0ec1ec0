import type { Case } from "../../case/types";
import { lawTable, restrainingCitation, type LawTable } from "../../law/lawTable";
import { escapeUserText } from "../../render/markupEscape";
import { buildCaseView } from "../../view/caseView";
import { caseViewShape, type Shape } from "../../view/shape";
import type { CaseView } from "../../view/types";

/**
 * The confidential schedule: the one document that names whom the order
 * protects, beside the cipher every other document uses. Drafted only with
 * `draft --confidential-schedule`; marked not for publication.
 */
export interface ConfidentialScheduleView extends CaseView {
  /** Each person protected: the cipher the order uses and the name it stands for (null where the case records none). */
  people: Array<{ cipher: string; name: string | null }>;
  law: { power: string; anonymityAct: string; anonymitySection: string };
}

export function buildConfidentialScheduleView(theCase: Case, law: LawTable = lawTable): ConfidentialScheduleView {
  const byId = new Map((theCase.complainants ?? []).map((c) => [c.id, c]));
  const people = [...new Set(theCase.applications?.restraining?.protects ?? [])].flatMap((id) => {
    const person = byId.get(id);
    return person ? [{ cipher: escapeUserText(person.cipher), name: person.name === undefined ? null : escapeUserText(String(person.name)) }] : [];
  });
  return {
    ...buildCaseView(theCase, law),
    people,
    law: { power: escapeUserText(restrainingCitation("power")), anonymityAct: escapeUserText(law.anonymity.act), anonymitySection: escapeUserText(law.anonymity.section) },
  };
}

export const confidentialScheduleShape: Shape<ConfidentialScheduleView> = {
  ...caseViewShape,
  people: [{ cipher: "text", name: "text" }],
  law: { power: "text", anonymityAct: "text", anonymitySection: "text" },
};
