import type { Case } from "../case/types";
import type { CasePath } from "../diagnostics/types";
import { lawTable } from "../law/lawTable";
import { defendantWords, nameParts, type NameMatch, type NamePart } from "./support/names";
import { compileNameParts } from "./support/nameMatcher";
import { protectedComplainants } from "./support/anonymity";
import { fieldName, listInWords } from "./support/text";
import { defineRule, type RuleReport } from "./types";

/** Every free-text field that reaches a drafted document (the defendant's own name aside: it is printed by law). */
function documentText(theCase: Case): Array<{ path: CasePath; text: string }> {
  const fields: Array<{ path: CasePath; text: string | undefined }> = [
    { path: ["reference"], text: theCase.reference },
    { path: ["court", "location"], text: theCase.court.location },
    { path: ["court", "caseNumber"], text: theCase.court.caseNumber },
    { path: ["prosecutor", "name"], text: theCase.prosecutor?.name },
    { path: ["prosecutor", "role"], text: theCase.prosecutor?.role },
    { path: ["prosecutor", "office"], text: theCase.prosecutor?.office },
  ];
  (theCase.complainants ?? []).forEach((c, i) => fields.push({ path: ["complainants", i, "cipher"], text: c.cipher }));
  theCase.offences.forEach((o, i) => fields.push({ path: ["offences", i, "particulars"], text: o.particulars }));
  theCase.property.forEach((item, i) => {
    fields.push({ path: ["property", i, "description"], text: item.description });
    for (const key of ["exhibit", "imei", "serial", "account"] as const) {
      fields.push({ path: ["property", i, "identifiers", key], text: item.identifiers?.[key] });
    }
    fields.push({ path: ["property", i, "use", "evidence"], text: item.use?.evidence });
    fields.push({ path: ["property", i, "lawfulMaterial"], text: item.lawfulMaterial });
    fields.push({ path: ["property", i, "platform"], text: item.platform });
    fields.push({ path: ["property", i, "location"], text: item.location });
  });
  const application = theCase.applications?.deprivation;
  fields.push({ path: ["applications", "deprivation", "effectsOnOffender"], text: application?.effectsOnOffender });
  fields.push({ path: ["applications", "deprivation", "proportionality"], text: application?.proportionality });
  fields.push({ path: ["applications", "deprivation", "retrieval", "arrangement"], text: application?.retrieval?.arrangement });
  fields.push({ path: ["otherSentence"], text: theCase.otherSentence });
  return fields.filter((f): f is { path: CasePath; text: string } => typeof f.text === "string" && f.text.length > 0);
}

/** What to write instead, for the field that names the complainant. */
function hintFor(path: CasePath): string {
  if (path[0] === "complainants") return "choose a cipher that does not use their name, such as `the complainant` or `Person A`";
  // A link or handle is how the service finds the content: another way of pointing to it keeps the report possible.
  if (path[0] === "property" && path[2] === "location") {
    return "the intimate image content report prints `location`: give the post's or account's number, or a link that does not contain their name or handle; or leave it out, and the report leaves a blank for the person reporting";
  }
  return "refer to the complainant by their cipher (such as `the complainant`) instead of their name";
}

const ORDER: ReadonlyArray<NameMatch["kind"]> = ["full name", "name", "first name", "middle name", "surname"];

export default defineRule({
  id: "complainant-named",
  severity: "error",
  citation: `${lawTable.anonymity.act} (${lawTable.anonymity.duration} anonymity)`,
  summary: "Where the offence carries complainant anonymity, no text that reaches a document may contain the complainant's name.",
  check({ case: theCase, law }) {
    const except = defendantWords(theCase);
    const parts: NamePart[] = protectedComplainants(theCase, law).flatMap((c) => (c.name ? nameParts(c.name, except) : []));
    if (parts.length === 0) return [];
    // The documents print the defendant's name, so words the two share are not looked for there; the complainant's whole name is.
    const fullNames = parts.filter((part) => part.kind === "full name");
    const inDefendantName: RuleReport[] =
      compileNameParts(fullNames).find(theCase.defendant.name).length === 0
        ? []
        : [
            {
              message: "`defendant.name` contains a protected complainant's full name, and every document prints the defendant's name",
              path: ["defendant", "name"],
              hint: "write the defendant's own name there; a surname or first name the defendant shares with the complainant is fine",
            },
          ];
    const names = compileNameParts(parts);
    return inDefendantName.concat(documentText(theCase).flatMap(({ path, text }): RuleReport[] => {
      const matches = names.find(text);
      if (matches.length === 0) return [];
      const field = `\`${fieldName(path)}\``;
      const real = matches.filter((m) => !m.onlyAsOrdinaryWord);
      const kinds = (list: NameMatch[]) => listInWords(ORDER.filter((kind) => list.some((m) => m.kind === kind)));
      if (real.length === 0) {
        return [
          {
            message: `a word in ${field} is the same as a protected complainant's ${kinds(matches)}, though only in lower case, as an ordinary word`,
            path,
            hint: "check that the word does not point to the complainant; if it does, refer to them by their cipher",
            severity: "warning",
          },
        ];
      }
      return [
        {
          message: `${field} contains a protected complainant's ${kinds(real)}: no document may identify the complainant`,
          path,
          hint: hintFor(path),
        },
      ];
    }));
  },
});
