import type { Case } from "../../src/case/types";
import fc from "fast-check";
import { findingText, findingsFor, restrainingCase, validCase } from "../support/cases";

/** The complainant in validCase() is "Joanna Pelham". */
const NAME_PIECES = ["Joanna", "Pelham", "joanna", "pelham"];

function expectNoLeak(findings: ReturnType<typeof findingsFor>) {
  const text = findingText(findings);
  for (const piece of NAME_PIECES) expect(text).not.toContain(piece);
}

describe("complainant-named", () => {
  it("accepts documents that call her `the complainant`", () => {
    expect(findingsFor("complainant-named", validCase())).toEqual([]);
  });

  it("refuses the full name in the particulars, naming the field but never the name", () => {
    const c = validCase();
    c.offences[0].particulars = "Threatened Joanna Pelham by text message.";
    const findings = findingsFor("complainant-named", c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", path: ["offences", 0, "particulars"] });
    expect(findings[0].message).toContain("`offences[0].particulars`");
    expect(findings[0].message).toContain("full name");
    expect(findings[0].citation).toContain("Sexual Offences (Amendment) Act 1992");
    expectNoLeak(findings);
  });

  it("refuses a location whose link carries her handle, and says to give the post's number instead", () => {
    const c = validCase();
    c.property.push({ id: "P2", description: "Instagram post showing the photograph", kind: "online-copy", platform: "Instagram", location: "https://www.instagram.com/joanna_pelham90/", holdsIntimateImages: true });
    const findings = findingsFor("complainant-named", c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", path: ["property", 1, "location"] });
    expect(findings[0].hint).toContain("give the post's or account's number");
    expectNoLeak(findings);
  });

  it("refuses her name given as the platform", () => {
    const c = validCase();
    c.property.push({ id: "P2", description: "A page about her", kind: "online-copy", platform: "Pelham family blog", holdsIntimateImages: true });
    const [finding] = findingsFor("complainant-named", c);
    expect(finding).toMatchObject({ severity: "error", path: ["property", 1, "platform"] });
    expectNoLeak([finding]);
  });

  it("refuses the surname alone, in any case", () => {
    const c = validCase();
    c.otherSentence = "A restraining order protecting MS PELHAM was made.";
    const [finding] = findingsFor("complainant-named", c);
    expect(finding.path).toEqual(["otherSentence"]);
    expect(finding.message).toContain("surname");
    expectNoLeak([finding]);
  });

  it("refuses the first name alone, possessive included", () => {
    const c = validCase();
    c.property[0].use!.evidence = "Joanna's photograph was in the gallery.";
    const [finding] = findingsFor("complainant-named", c);
    expect(finding.path).toEqual(["property", 0, "use", "evidence"]);
    expect(finding.message).toContain("first name");
  });

  it("matches whole words only: Pelhamshire and Joannasburg are not her name", () => {
    const c = validCase();
    c.offences[0].particulars = "Sent from Pelhamshire by way of Joannasburg.";
    expect(findingsFor("complainant-named", c)).toEqual([]);
  });

  it.each(["the Pelhams' home", "Pelham's phone", "the two Pelhams", "Joannas and others"])("matches a plural or possessive form: %j", (text) => {
    const c = validCase();
    c.offences[0].particulars = `Threatened to send it to ${text}.`;
    expect(findingsFor("complainant-named", c).map((f) => f.severity)).toEqual(["error"]);
  });

  it("matches despite accents and curly apostrophes", () => {
    const c = validCase();
    c.complainants![0].name = "Zoë O'Brien";
    c.offences[0].particulars = "Sent to ZOE O\u2019BRIEN.";
    expect(findingsFor("complainant-named", c)[0].message).toContain("full name");
  });

  it("matches a name written with look-alike letters from other alphabets (a Cyrillic о, a Greek Ρ)", () => {
    const c = validCase();
    c.offences[0].particulars = "Sent to J\u043Eanna by message.";
    c.otherSentence = "Restraining order for Ms \u03A1elham.";
    const findings = findingsFor("complainant-named", c);
    expect(findings.map((f) => [f.path, f.severity])).toEqual([
      [["offences", 0, "particulars"], "error"],
      [["otherSentence"], "error"],
    ]);
    expectNoLeak(findings);
  });

  it("keeps matching a name that is itself written in Cyrillic", () => {
    const c = validCase();
    c.complainants![0].name = "\u041E\u043B\u0435\u043D\u0430 \u041A\u043E\u0432\u0430\u043B\u044C";
    c.offences[0].particulars = "Sent to \u041E\u043B\u0435\u043D\u0430 by message.";
    expect(findingsFor("complainant-named", c)[0].message).toContain("first name");
  });

  it("matches a full name run together, as in a user name, even inside other letters", () => {
    const c = validCase();
    c.property[0].description = "Phone signed in to the account xjoannapelham and PelhamJoanna99.";
    const [finding] = findingsFor("complainant-named", c);
    expect(finding).toMatchObject({ severity: "error", path: ["property", 0, "description"] });
    expect(finding.message).toContain("full name");
    expectNoLeak([finding]);
  });

  it("matches a name with digits run on (joanna1990), but not a two-letter name in an exhibit number (JO1)", () => {
    const c = validCase();
    c.property[0].identifiers = { ...c.property[0].identifiers, account: "@joanna1990" };
    expect(findingsFor("complainant-named", c).map((f) => f.path)).toEqual([["property", 0, "identifiers", "account"]]);
    const short = validCase();
    short.complainants![0].name = "Jo Pelham";
    short.property[0].identifiers = { ...short.property[0].identifiers, exhibit: "JO1" };
    expect(findingsFor("complainant-named", short)).toEqual([]);
  });

  it.each([
    ["complainants", 0, "cipher"],
    ["property", 0, "description"],
    ["property", 0, "identifiers", "exhibit"],
    ["applications", "deprivation", "effectsOnOffender"],
    ["reference"],
  ])("looks in %s", (...path) => {
    const c = validCase();
    let target: Record<string | number, unknown> = c as unknown as Record<string, unknown>;
    for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
    target[path[path.length - 1]] = "about Pelham";
    const findings = findingsFor("complainant-named", c);
    expect(findings.map((f) => f.path)).toEqual([path]);
    expectNoLeak(findings);
  });

  it("does not look at the defendant's name, and does not flag a surname they share", () => {
    const c = validCase();
    c.complainants![0].name = "Joanna Oakes";
    c.offences[0].particulars = "OAKES threatened the complainant.";
    expect(findingsFor("complainant-named", c)).toEqual([]);
    c.offences[0].particulars = "OAKES threatened Joanna Oakes.";
    expect(findingsFor("complainant-named", c)[0].message).toContain("full name");
  });

  it("only warns where an ordinary word that is also her name appears in lower case", () => {
    const c = validCase();
    c.complainants![0].name = "May Judge";
    c.offences[0].particulars = "The judge may wish to see the messages.";
    const [finding] = findingsFor("complainant-named", c);
    expect(finding.severity).toBe("warning");
    c.offences[0].particulars = "Messages to May about the hearing.";
    expect(findingsFor("complainant-named", c)[0].severity).toBe("error");
  });

  it("does not apply where no offence carries anonymity (CJCA 2015 s.33)", () => {
    const c = validCase();
    c.offences[0].provision = "CJCA2015:33";
    c.offences[0].committed = { on: "2023-06-01" };
    c.offences[0].particulars = "Disclosed a photograph of Joanna Pelham.";
    expect(findingsFor("complainant-named", c)).toEqual([]);
  });

  it("protects only the complainants of offences that carry anonymity", () => {
    const c = validCase();
    c.complainants!.push({ id: "C2", name: "Rhian Talbot", cipher: "the second complainant" });
    c.offences.push({ id: "O2", provision: "CJCA2015:33", committed: { on: "2023-06-01" }, complainant: "C2", particulars: "Disclosed a photograph of Rhian Talbot." });
    expect(findingsFor("complainant-named", c)).toEqual([]);
    c.offences[1].particulars = "Disclosed a photograph of Rhian Talbot, sister of Joanna Pelham.";
    expect(findingsFor("complainant-named", c)).toHaveLength(1);
  });

  it("protects the complainant where the offence's anonymity is unconfirmed (s.66AB)", () => {
    const c = validCase();
    c.offences[0].provision = "SOA2003:66AB";
    c.offences[0].committed = { on: "2026-07-01" };
    c.offences[0].particulars = "Took a photograph of Joanna Pelham without consent.";
    expect(findingsFor("complainant-named", c)).toHaveLength(1);
  });

  it.each([
    ["the court's case number", (c: Case): void => { c.court.caseNumber = "T2026 Pelham"; }, ["court", "caseNumber"]],
    ["an item's lawful material", (c: Case): void => { c.property[0].lawfulMaterial = "Photographs of Joanna's birthday"; }, ["property", 0, "lawfulMaterial"]],
    ["the application's proportionality", (c: Case): void => { c.applications!.deprivation!.proportionality = "Ms Pelham wants it gone"; }, ["applications", "deprivation", "proportionality"]],
    [
      "the retrieval arrangement",
      (c: Case): void => { c.applications!.deprivation!.retrieval = { days: 14, arrangement: "Checked for images of Pelham first." }; },
      ["applications", "deprivation", "retrieval", "arrangement"],
    ],
  ] as const)("refuses the name in %s", (_, change, path) => {
    const c = validCase();
    change(c);
    const findings = findingsFor("complainant-named", c);
    expect(findings.map((f) => f.path)).toEqual([path]);
  });

  it("refuses the complainant's full name as the defendant's name, which every document prints", () => {
    const c = validCase();
    c.defendant.name = "Martin OAKES, known as Joanna Pelham";
    expect(findingsFor("complainant-named", c).map((f) => f.path)).toEqual([["defendant", "name"]]);
  });

  it("accepts a defendant who shares the complainant's surname", () => {
    const c = validCase();
    c.defendant.name = "Martin PELHAM";
    expect(findingsFor("complainant-named", c)).toEqual([]);
  });

  it("protects every complainant when an anonymous offence names none", () => {
    const c = validCase();
    delete c.offences[0].complainant;
    c.offences[0].particulars = "Threatened Joanna.";
    expect(findingsFor("complainant-named", c)).toHaveLength(1);
  });

  it("skips a complainant with no name given", () => {
    const c = validCase();
    delete c.complainants![0].name;
    expect(findingsFor("complainant-named", c)).toEqual([]);
  });

  it("never prints an id that contains the name", () => {
    const c = validCase();
    c.property[0].id = "PelhamPhone";
    c.applications!.deprivation!.property = ["PelhamPhone"];
    delete c.property[0].value;
    const findings = findingsFor("value-and-effects", c);
    expect(findings).toHaveLength(1);
    expectNoLeak(findings);
    expect(findings[0].message).toContain("property item 1");
  });
});


describe("complainant-named, for any name", () => {
  const word = fc.stringMatching(/^[A-Z][a-z]{3,9}$/);
  const filler = fc.array(fc.constantFrom("the", "phone", "message", "sent", "to", "by", "a", "photo", "on", "2026"), { maxLength: 8 }).map((w) => w.join(" "));

  const fixedWording = (() => {
    const c = validCase();
    c.offences[0].particulars = "Sent to PELHAM.";
    return findingText(findingsFor("complainant-named", c)).toLowerCase();
  })();

  it("finds the surname wherever it is put in the particulars, and never prints it", () => {
    fc.assert(
      fc.property(word, word, filler, filler, (first, last, before, after) => {
        fc.pre(first.toLowerCase() !== last.toLowerCase());
        // A name that is part of the rule's own wording ("Name", "Plain") cannot be told apart from it.
        fc.pre(!fixedWording.includes(first.toLowerCase()) && !fixedWording.includes(last.toLowerCase()));
        const c = validCase();
        c.complainants![0].name = `${first} ${last}`;
        c.offences[0].particulars = `${before} ${last.toUpperCase()} ${after}`.trim();
        const findings = findingsFor("complainant-named", c);
        expect(findings.map((f) => f.path)).toEqual([["offences", 0, "particulars"]]);
        const printed = findingText(findings).toLowerCase();
        expect(printed).not.toContain(first.toLowerCase());
        expect(printed).not.toContain(last.toLowerCase());
      }),
      { numRuns: 200 },
    );
  });
});

describe("complainant-named: the fields printed around the case", () => {
  it("refuses a complainant's surname in the prosecutor's office or the court's place", () => {
    const theCase = validCase();
    theCase.prosecutor.office = "CPS Pelham Unit";
    theCase.court.location = "Pelham";
    const findings = findingsFor("complainant-named", theCase);
    expect(findings.map((f) => f.path)).toEqual([["court", "location"], ["prosecutor", "office"]]);
    expectNoLeak(findings);
  });

  it("refuses the name in the restraining order's necessity and in a term written for the case", () => {
    const theCase = restrainingCase({ necessity: "Joanna is afraid of him.", terms: ["no-contact", { text: "not to go to Pelham's workplace" }] });
    const findings = findingsFor("complainant-named", theCase);
    expect(findings.map((f) => f.path)).toEqual([
      ["applications", "restraining", "necessity"],
      ["applications", "restraining", "terms", 1, "text"],
    ]);
    expectNoLeak(findings);
  });

  it("looks in a field no rule lists, such as one a new order type adds", () => {
    const theCase = validCase();
    (theCase.applications as Record<string, unknown>).notice = { reasons: ["to attend", "Joanna Pelham asked for it"] };
    expect(findingsFor("complainant-named", theCase).map((f) => f.path)).toEqual([["applications", "notice", "reasons", 1]]);
  });
});
