import { bankHolidaysCover, businessDaysBefore } from "../../case/businessDays";
import { shpoLibraryTerm, type ShpoTermId } from "../../case/shpoTerms";
import type { Case, FreeShpoTerm } from "../../case/types";
import { lawTable, shpoCitation, shpoProcedureCitation, type LawTable } from "../../law/lawTable";
import { escapeUserText } from "../../render/markupEscape";
import { buildCaseView } from "../../view/caseView";
import { formatDate, inWords } from "../../view/format";
import type { ShpoLawView, ShpoTermView, ShpoView } from "./viewTypes";

/**
 * The people the offences were against, by cipher only, in words: whom a
 * library term about images names. No name reaches this view.
 */
export function victimsInWords(theCase: Case): string {
  const ciphers = new Map((theCase.complainants ?? []).map((c) => [c.id, escapeUserText(c.cipher)]));
  const ids = [...new Set(theCase.offences.flatMap((o) => (o.complainant === undefined ? [] : [o.complainant])))];
  const named = ids.flatMap((id) => (ciphers.has(id) ? [ciphers.get(id)!] : []));
  return named.length > 0 ? inWords(named) : "any person against whom the offences were committed";
}

function termView(term: ShpoTermId | FreeShpoTerm, whom: string): ShpoTermView {
  return typeof term === "string" ? { id: term, text: null, whom } : { id: null, text: escapeUserText(term.text), whom };
}

/** Builds what the SHPO's templates see from a case that has passed every rule. */
export function buildShpoView(theCase: Case, law: LawTable = lawTable): ShpoView {
  const applied = theCase.applications?.shpo;
  const whom = victimsInWords(theCase);
  const until = applied?.until;
  const prohibitions = applied?.prohibitions ?? [];
  const requirements = applied?.requirements ?? [];
  const library = [...prohibitions, ...requirements].filter((t): t is ShpoTermId => typeof t === "string");
  const days = law.shpo.procedure.draftBusinessDays2015;
  return {
    ...buildCaseView(theCase, law),
    shpo: {
      listing: applied?.listing === undefined ? null : escapeUserText(applied.listing),
      until: until === undefined || until === "further-order" ? null : formatDate(until),
      untilFurtherOrder: until === "further-order",
      necessity: applied?.necessity === undefined ? null : escapeUserText(applied.necessity),
      prohibitions: prohibitions.map((t) => termView(t, whom)),
      requirements: requirements.map((t) => termView(t, whom)),
      libraryTerms: [...new Set(library)].map((id) => termView(id, whom)),
      unsettledTerms: library.some((id) => shpoLibraryTerm(id).unsettled !== undefined),
      serveBy: formatDate(businessDaysBefore(theCase.hearing.date, days)),
      businessDays: days,
      serveByTrusted: bankHolidaysCover(theCase.hearing.date),
    },
    law: lawView(law),
  };
}

function lawView(law: LawTable): ShpoLawView {
  const cite = escapeUserText;
  return {
    code: cite(law.shpo.act),
    power: cite(shpoCitation("power")),
    mayRequire: cite(shpoCitation("mayRequire")),
    mayRequireFrom: cite(formatDate(law.shpo.mayRequire.from)),
    test: cite(shpoCitation("test")),
    listingSchedules: cite(law.shpo.listing.schedules),
    breach: cite(shpoCitation("breach")),
    discharge: cite(shpoCitation("discharge")),
    procedure: cite(shpoProcedureCitation()),
    rule2015: cite(law.shpo.procedure.rule2015),
    internetTerms: cite(law.shpo.internetTerms.citation),
    anonymityAct: cite(law.anonymity.act),
  };
}
