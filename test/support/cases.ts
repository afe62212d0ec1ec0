import type { Case, PropertyItem } from "../../src/case/types";
import type { Finding } from "../../src/diagnostics/types";
import { checkCase, findRule } from "../../src/rules/engine";
import { allRules } from "../../src/orders/index";
import { lawTable, type LawTable } from "../../src/law/lawTable";
import { toFinding } from "../../src/rules/types";

/**
 * A fresh, valid, fictional case that every rule passes: a threat to share an
 * intimate image (SOA 2003 s.66B(4)), one phone sought. Tests change what they
 * need. Every name is invented.
 */
export function validCase(): Case {
  return {
    version: 1,
    court: { level: "magistrates", location: "Luton", jurisdiction: "england-and-wales" },
    reference: "41LN0456726",
    hearing: { date: "2026-09-14" },
    defendant: { name: "Martin OAKES", dateOfBirth: "1989-02-11", pronoun: "he" },
    complainants: [{ id: "C1", name: "Joanna Pelham", cipher: "the complainant" }],
    offences: [
      {
        id: "O1",
        provision: "SOA2003:66B(4)",
        committed: { from: "2026-03-02", to: "2026-03-04" },
        complainant: "C1",
        particulars: "Threatened by text message to share a photograph showing the complainant in an intimate state.",
        conviction: { date: "2026-08-03", plea: "guilty" },
      },
    ],
    property: [
      {
        id: "P1",
        description: "Samsung Galaxy S23 mobile telephone, grey, in a black case",
        kind: "device",
        identifiers: { exhibit: "KT/1", imei: "356789104563218" },
        seizure: { route: "seized-from-offender", date: "2026-03-05" },
        use: { route: "used-to-commit", offences: ["O1"], evidence: "The messages were sent from this phone; the download found the photograph." },
        ownership: "offender",
        value: { amount: 180, currency: "GBP" },
        holdsIntimateImages: true,
      },
    ],
    applications: {
      deprivation: {
        property: ["P1"],
        effectsOnOffender: "The phone is worth about 180 pounds; he is employed and can replace it.",
        proportionality: "The phone is the means of the threat and holds the photograph; its loss is slight beside the harm.",
        disposal: "destroy",
      },
    },
    otherSentence: "A community order is expected.",
    prosecutor: { name: "Priya SHAH", role: "Crown Prosecutor", office: "CPS Thames and Chiltern", date: "2026-09-07" },
  };
}

/** validCase() proposing a sexual harm prevention order as well: until 2031, with a listing, two library terms of each kind. */
export function shpoCase(shpo: Partial<NonNullable<NonNullable<Case["applications"]>["shpo"]>> = {}): Case {
  const theCase = validCase();
  theCase.applications!.shpo = {
    listing: "Sexual Offences Act 2003, Schedule 3, the paragraph the prosecution relies on",
    until: "2031-09-14",
    necessity: "He threatened to share the photograph and kept copies on devices the police have not all found.",
    prohibitions: ["no-images-of-complainant", "no-deleting-history"],
    requirements: ["notify-devices", "allow-inspection"],
    ...shpo,
  };
  return theCase;
}

/** The findings of one rule alone on a case. */
export function findingsFor(ruleId: string, theCase: Case, law: LawTable = lawTable): Finding[] {
  const rule = findRule(ruleId, allRules);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return rule.check({ case: theCase, law }).map((report) => toFinding(rule, report));
}

/** Every finding of every rule, as "rule-id:severity" strings, sorted: for exact-set assertions. */
export function ruleSeverities(findings: ReadonlyArray<Pick<Finding, "ruleId" | "severity">>): string[] {
  return [...new Set(findings.map((f) => `${f.ruleId}:${f.severity}`))].sort();
}

/** All rules over a case. */
export function allFindings(theCase: Case): Finding[] {
  return checkCase(theCase, allRules);
}

/** Every string in a finding (message, hint, citation), for checks that a name never leaks. */
export function findingText(findings: ReadonlyArray<Finding>): string {
  return findings.map((f) => [f.message, f.hint ?? "", f.citation ?? "", f.path.join("/")].join("\n")).join("\n");
}

/** validCase() applying for a restraining order as well: protecting C1 until 2031, three library terms and one of its own. */
export function restrainingCase(restraining: Partial<NonNullable<NonNullable<Case["applications"]>["restraining"]>> = {}): Case {
  const theCase = validCase();
  theCase.applications!.restraining = {
    protects: ["C1"],
    until: "2031-09-13",
    necessity: "He used the photograph to stop her ending contact with him, and has tried to contact her since.",
    terms: ["no-contact", "no-images", "no-posting", { text: "not to go to the complainant's workplace" }],
    ...restraining,
  };
  return theCase;
}

/**
 * A copy of the image posted online, recorded with the service and the post's
 * own link (which does not name the complainant): what an intimate image
 * content report is drafted for. Fictional.
 */
export function instagramPost(): PropertyItem {
  return {
    id: "P2",
    description: "Instagram post showing the photograph",
    kind: "online-copy",
    platform: "Instagram",
    location: "https://www.instagram.com/p/DKx7QmTt2Ra/",
    holdsIntimateImages: true,
  };
}
