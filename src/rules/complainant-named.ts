import type { Case } from "../case/types";
import type { CasePath } from "../diagnostics/types";
import { lawTable } from "../law/lawTable";
import type { NameMatch } from "./support/names";
import { protectedNames } from "./support/protectedNames";
import { fieldName, listInWords } from "./support/text";
import { defineRule, type RuleReport } from "./types";

/**
 * Every string in the case that a document may print: every field of every
 * section, found by walking the case rather than by a list, so a field a new
 * order type adds is covered the day it is added. Left out: the complainants'
 * own names (what is looked for) and the defendant's name (printed by law, and
 * checked for the complainant's full name alone, below).
 */
function documentText(theCase: Case): Array<{ path: CasePath; text: string }> {
  const found: Array<{ path: CasePath; text: string }> = [];
  const walk = (value: unknown, path: CasePath): void => {
    if (typeof value === "string") {
      if (value.length > 0) found.push({ path, text: value });
    } else if (Array.isArray(value)) {
      value.forEach((element, index) => walk(element, [...path, index]));
    } else if (value !== null && typeof value === "object") {
      for (const [key, field] of Object.entries(value)) {
        if (isExempt(path, key)) continue;
        walk(field, [...path, key]);
      }
    }
  };
  walk(theCase, []);
  return found;
}

/** complainants[i].name is what is looked for; defendant.name is checked on its own terms. */
function isExempt(path: CasePath, key: string): boolean {
  return (path.length === 2 && path[0] === "complainants" && key === "name") || (path.length === 1 && path[0] === "defendant" && key === "name");
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
    const { parts, everywhere, fullNames } = protectedNames(theCase, law);
    if (parts.length === 0) return [];
    // The documents print the defendant's name, so words the two share are not looked for there; the complainant's whole name is.
    const inDefendantName: RuleReport[] =
      fullNames.find(theCase.defendant.name).length === 0
        ? []
        : [
            {
              message: "`defendant.name` contains a protected complainant's full name, and every document prints the defendant's name",
              path: ["defendant", "name"],
              hint: "write the defendant's own name there; a surname or first name the defendant shares with the complainant is fine",
            },
          ];
    return inDefendantName.concat(documentText(theCase).flatMap(({ path, text }): RuleReport[] => {
      const matches = everywhere.find(text);
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
