import { parseYaml, type ParsedYaml } from "../../src/load/parseYaml";
import { validateSchema } from "../../src/schema/validateSchema";
import { analyseCaseText } from "../../src/pipeline/analyse";
import type { Diagnostic, Finding } from "../../src/diagnostics/types";
import { SMALL_CASE_YAML } from "../support/smallCase";

const VALID = SMALL_CASE_YAML;

function parsed(text: string): ParsedYaml {
  const result = parseYaml(text);
  if (!result.ok) throw new Error(`expected the YAML to parse: ${result.findings.map((f) => f.message).join("; ")}`);
  return result.parsed;
}

/** The schema's findings for a case text (empty when it fits). */
function findings(text: string): Finding[] {
  const result = validateSchema(parsed(text));
  return result.ok ? [] : result.findings;
}

/** The case data once the schema accepts it. */
function accepted(text: string): Record<string, unknown> {
  const result = validateSchema(parsed(text));
  if (!result.ok) throw new Error(`expected the case to fit the schema: ${result.findings.map((f) => f.message).join("; ")}`);
  return result.data as Record<string, unknown>;
}

/** The one finding for a text, at its line and column. */
function only(text: string): Diagnostic {
  const found = analyseCaseText(text).diagnostics.filter((d) => d.ruleId === "schema");
  expect(found).toHaveLength(1);
  return found[0];
}

describe("validateSchema: what fits the case format", () => {
  it("accepts a small complete case", () => {
    expect(findings(VALID)).toEqual([]);
  });

  it("accepts every example shipped with ancillary", () => {
    const { readdirSync, readFileSync } = jest.requireActual<typeof import("node:fs")>("node:fs");
    const { join } = jest.requireActual<typeof import("node:path")>("node:path");
    const dir = join(__dirname, "..", "..", "examples");
    const files = readdirSync(dir).filter((f) => f.endsWith(".yaml"));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) expect({ file: f, findings: findings(readFileSync(join(dir, f), "utf8")) }).toEqual({ file: f, findings: [] });
  });

  it("does not change the parsed data it is given", () => {
    const p = parsed(VALID.replace('"41LN0456726"', "01234567890"));
    const before = structuredClone(p.data);
    validateSchema(p);
    expect(p.data).toEqual(before);
  });
});

describe("validateSchema: dates", () => {
  it("accepts a date written without quotes, as text", () => {
    expect(accepted(VALID).hearing).toEqual({ date: "2026-09-14" });
  });

  it("accepts a date written in quotes, as the same text", () => {
    expect(accepted(VALID.replace("date: 2026-09-14", 'date: "2026-09-14"')).hearing).toEqual({ date: "2026-09-14" });
  });

  it("accepts 29 February in a leap year", () => {
    expect(findings(VALID.replace("2026-09-14", "2024-02-29"))).toEqual([]);
  });

  it.each(["2026-02-30", "2025-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00"])(
    "refuses %s, which is not on the calendar, quoted or not",
    (date) => {
      for (const written of [date, `"${date}"`]) {
        expect(findings(VALID.replace("2026-09-14", written))).toEqual([
          expect.objectContaining({ message: "hearing.date is not a real calendar date", hint: expect.stringContaining("day and the month"), path: ["hearing", "date"] }),
        ]);
      }
    },
  );

  it.each(["14/09/2026", "2026-9-14", "14 September 2026", "20260914"])("refuses %s once, as not written YYYY-MM-DD", (date) => {
    expect(findings(VALID.replace("2026-09-14", date))).toEqual([
      expect.objectContaining({ message: "hearing.date must be a date written YYYY-MM-DD", hint: expect.stringContaining("2026-09-14") }),
    ]);
  });

  it("reports an impossible date at the date itself", () => {
    expect(only(VALID.replace("2026-09-14", "2026-02-30"))).toMatchObject({ line: 7, column: 18 });
  });
});

describe("validateSchema: text written without quotes", () => {
  it.each([
    ["0x1F", "in hexadecimal"],
    ["0o17", "in octal"],
    ["1e3", "with an exponent"],
    ["1.8E2", "with an exponent"],
    [".inf", "as infinity or not-a-number"],
    ["+180", "with a plus sign"],
    ["180.", "with a point but no digits on one side of it"],
    [".5", "with a point but no digits on one side of it"],
  ])("refuses a value written as %s, asking for plain digits", (amount, how) => {
    const finding = only(VALID.replace("amount: 180", `amount: ${amount}`));
    expect(finding).toMatchObject({
      message: `property[0].value.amount is written ${how}, not as plain digits`,
      hint: "write the amount in pounds as plain digits, e.g. 180 or 180.50",
      path: ["property", 0, "value", "amount"],
      line: 19,
      column: 22,
    });
  });

  it("accepts a value in plain digits, with pence or a leading zero", () => {
    for (const amount of ["180", "180.50", "0180", "0"]) expect(findings(VALID.replace("amount: 180", `amount: ${amount}`))).toEqual([]);
  });

  it("refuses a retrieval window in days written in hexadecimal", () => {
    const text = `${VALID}applications:\n  deprivation:\n    property: [P1]\n    retrieval: { days: 0x1C, arrangement: supervised copying }\n`;
    expect(only(text)).toMatchObject({ message: "applications.deprivation.retrieval.days is written in hexadecimal, not as plain digits", hint: "write the number of days as plain digits, e.g. 28" });
  });

  it("reports a number the schema refuses anyway once, in the schema's words", () => {
    expect(only(VALID.replace("amount: 180", "amount: 1e9")).message).toBe("property[0].value.amount is more than 100,000,000");
  });

  it("keeps a hexadecimal-looking reference as the text it is", () => {
    expect(accepted(VALID.replace('reference: "41LN0456726"', "reference: 0x1F")).reference).toBe("0x1F");
  });

  it("keeps an unquoted all-digit URN as its exact text, leading zero included", () => {
    expect(accepted(VALID.replace('"41LN0456726"', "01234567890")).reference).toBe("01234567890");
  });

  it("keeps an unquoted IMEI as its exact digits, beyond the precision of a number", () => {
    const data = accepted(VALID.replace("{ exhibit: KT/1 }", "{ exhibit: KT/1, imei: 356789104563218123 }"));
    expect((data.property as Array<{ identifiers: { imei: string } }>)[0].identifiers.imei).toBe("356789104563218123");
  });

  it("keeps `no` as the word no where text is expected, e.g. a description", () => {
    const data = accepted(VALID.replace("description: Samsung Galaxy S23 mobile telephone, grey", "description: no"));
    expect((data.property as Array<{ description: string }>)[0].description).toBe("no");
  });

  it("keeps a decimal written where text is expected as written", () => {
    expect(accepted(VALID.replace("location: Luton", "location: 1.50")).court).toMatchObject({ location: "1.50" });
  });

  it("refuses true or false where text is expected, rather than print the word", () => {
    // `lawfulMaterial: false` is meant as "none": taken as text, the documents would list "false".
    const text = VALID.replace("    kind: device\n", "    kind: device\n    lawfulMaterial: false\n");
    expect(text).not.toBe(VALID);
    expect(only(text)).toMatchObject({
      message: "property[0].lawfulMaterial must be text, not true or false",
      hint: expect.stringContaining("leave the field out if it is optional"),
      path: ["property", 0, "lawfulMaterial"],
    });
    expect(only(VALID.replace("location: Luton", "location: true")).message).toBe("court.location must be text, not true or false");
  });

  it("does not turn an unquoted number into text where a number is expected", () => {
    expect((accepted(VALID).property as Array<{ value: { amount: unknown } }>)[0].value.amount).toBe(180);
  });
});

describe("validateSchema: messages in plain English, each with a hint", () => {
  it("says a missing field is missing, at its parent, and where to add it", () => {
    expect(only(VALID.replace("  location: Luton\n", ""))).toMatchObject({
      message: "court is missing `location`",
      hint: "add `location:` under court",
      path: ["court"],
      line: 2,
      column: 1,
    });
  });

  it("says a missing top-level field belongs at the top level of the file", () => {
    expect(only(VALID.replace('reference: "41LN0456726"\n', ""))).toMatchObject({
      message: "the case is missing `reference`",
      hint: "add `reference:` at the top level of the file",
      line: 1,
      column: 1,
    });
  });

  it("reports an unknown field at the field and suggests the field it was probably meant to be", () => {
    expect(only(VALID.replace("location: Luton", "locaton: Luton").replace("  jurisdiction", "  location: Luton\n  jurisdiction"))).toMatchObject({
      message: "court has an unknown field",
      hint: expect.stringContaining("did you mean `location`?"),
      path: ["court", "locaton"],
      line: 4,
    });
  });

  it.each(["Pelham", "Joanna_Pelham", "x"])("never quotes an unknown key, of any length, which is text from the case (%j)", (key) => {
    const d = only(VALID.replace("version: 1", `version: 1\n${key}: something`));
    expect(d).toMatchObject({ message: "the case has an unknown field", path: [key], line: 2 });
    expect(`${d.message} ${d.hint}`).not.toContain(key === "x" ? "`x`" : key);
  });

  it("does not guess at an unknown field that resembles nothing", () => {
    const d = only(VALID.replace("version: 1", "version: 1\nflavour: vanilla"));
    expect(d.message).toBe("the case has an unknown field");
    expect(d.hint).not.toContain("did you mean");
  });

  it("lists the allowed words for a word that is not one, suggesting the nearest", () => {
    expect(only(VALID.replace("level: magistrates", "level: magistrate"))).toMatchObject({
      message: "court.level must be one of: magistrates, crown",
      hint: expect.stringContaining("did you mean `magistrates`?"),
      line: 3,
      column: 10,
    });
  });

  it("says text is expected, and to put it in quotes, for a number that has no source text (reached through an alias)", () => {
    const d = only(VALID.replace("version: 1", "version: &one 1").replace('reference: "41LN0456726"', "reference: *one"));
    expect(d).toMatchObject({ message: "reference must be text", hint: "put it in quotes", line: 6 });
  });

  it("says text is expected, not a mapping, when a colon inside the text made a mapping", () => {
    const d = only(VALID.replace("    particulars: Threatened to share an intimate photograph.", "    particulars:\n      Threatened: to share an intimate photograph."));
    expect(d.message).toBe("offences[0].particulars must be text, not a mapping of fields");
    expect(d.hint).toContain("put the whole text in quotes");
  });

  it("says text is expected, not a list, when the text was written in brackets", () => {
    const d = only(VALID.replace("location: Luton", "location: [Luton, Dunstable]"));
    expect(d.message).toBe("court.location must be text, not a list");
    expect(d.hint).toContain("quotes");
  });

  it("says a field left empty has no value, at its key, and how to fill it", () => {
    const d = only(VALID.replace('reference: "41LN0456726"', "reference:"));
    expect(d).toMatchObject({ message: "reference has no value", line: 6, column: 1 });
    expect(d.hint).toContain("write a value after `reference:`");
  });

  it("says a mapping left empty has no value and its fields go under it", () => {
    const d = only(VALID.replace("hearing: { date: 2026-09-14 }", "hearing:"));
    expect(d).toMatchObject({ message: "hearing has no value", hint: expect.stringContaining("put its fields under `hearing:`") });
  });

  it("says a mapping written as a single value must be a mapping of fields", () => {
    expect(only(VALID.replace("hearing: { date: 2026-09-14 }", "hearing: 2026-09-14")).message).toBe("hearing must be a mapping of fields, not a single value");
  });

  it("says a number is expected, without quotes or a currency sign", () => {
    expect(only(VALID.replace("amount: 180", 'amount: "£180"'))).toMatchObject({
      message: "property[0].value.amount must be a number",
      hint: expect.stringContaining("without quotes or a currency sign"),
      line: 19,
    });
  });

  it("says a negative value must not be negative", () => {
    expect(only(VALID.replace("amount: 180", "amount: -5"))).toMatchObject({ message: "property[0].value.amount must not be negative", hint: "write 0 or more" });
  });

  it("says true or false is expected, and that yes and no do not count", () => {
    expect(only(VALID.replace("holdsIntimateImages: true", "holdsIntimateImages: yes"))).toMatchObject({
      message: "property[0].holdsIntimateImages must be true or false",
      hint: expect.stringContaining("yes and no"),
    });
  });

  it("says the version must be 1, written without quotes", () => {
    expect(only(VALID.replace("version: 1", 'version: "1"'))).toMatchObject({ message: "version must be 1", hint: "write `version: 1`, without quotes" });
  });

  it("says the currency must be GBP", () => {
    expect(only(VALID.replace("currency: GBP", "currency: EUR")).message).toBe("property[0].value.currency must be GBP");
  });

  it("says empty text must not be empty", () => {
    expect(only(VALID.replace("location: Luton", 'location: ""')).message).toBe("court.location must not be empty");
  });

  it("says text over the limit is too long", () => {
    expect(only(VALID.replace("location: Luton", `location: ${"x".repeat(20001)}`)).message).toBe("court.location is too long (over 20000 characters)");
  });

  it("refuses a complainant's name over 200 characters: a name, not a paragraph, is what the documents are searched for", () => {
    const name = Array.from({ length: 40 }, (_, i) => `Name${i}`).join(" ");
    const text = `${VALID}complainants:\n  - { id: C1, cipher: the complainant, name: ${name} }\n`;
    expect(only(text).message).toBe("complainants[0].name is too long (over 200 characters)");
    expect(findings(text.replace(name, name.slice(0, 200)))).toEqual([]);
  });

  it("says an id must be a short id, with examples", () => {
    expect(only(VALID.replace("- id: P1", "- id: 1P"))).toMatchObject({ message: "property[0].id must be a short id: a letter, then letters, digits, - or _", hint: expect.stringContaining("P1") });
  });

  it("says an application must list at least one item", () => {
    expect(only(`${VALID}applications:\n  deprivation:\n    property: []\n`).message).toBe("applications.deprivation.property must list at least 1 item");
  });

  it("says a list written as a single value must be a list", () => {
    expect(only(`${VALID}applications:\n  deprivation:\n    property: P1\n`)).toMatchObject({
      message: "applications.deprivation.property must be a list",
      hint: expect.stringContaining("- "),
    });
  });

  it("shows both forms of `committed` when its shape fits neither", () => {
    expect(only(VALID.replace("committed: { on: 2026-03-02 }", "committed: { from: 2026-03-02 }"))).toMatchObject({
      message: "offences[0].committed must be either { on: date } or { from: date, to: date }",
      hint: expect.stringContaining("committed: { from: 2026-03-02, to: 2026-03-04 }"),
      line: 12,
      column: 5,
    });
  });

  it("names the bad date, not the shape, when `committed` has the right shape and an impossible date", () => {
    expect(only(VALID.replace("committed: { on: 2026-03-02 }", "committed: { from: 2026-03-02, to: 2026-02-30 }"))).toMatchObject({
      message: "offences[0].committed.to is not a real calendar date",
      path: ["offences", 0, "committed", "to"],
    });
  });

  it("sorts out the errors of hundreds of broken `committed` without comparing each with all the others", () => {
    const offence = (i: number) => `  - { id: O${i}, provision: SOA2003:66B(4), committed: { from: 2026-03-02, to: 2026-02-30 }, particulars: x }`;
    const text = VALID.replace(/offences:\n[\s\S]*?(?=property:)/, `offences:\n${Array.from({ length: 500 }, (_, i) => offence(i)).join("\n")}\n`);
    const startsWith = jest.spyOn(String.prototype, "startsWith");
    try {
      const found = findings(text);
      expect(found).toHaveLength(500);
      expect(found.every((f, i) => f.message === `offences[${i}].committed.to is not a real calendar date`)).toBe(true);
      // Each error is filed under its paths once, not searched for under each of the 500 oneOf errors.
      expect(startsWith.mock.calls.length).toBeLessThan(10 * 500);
    } finally {
      startsWith.mockRestore();
    }
  });

  it("shows both forms of `committed` when it is a bare date", () => {
    expect(only(VALID.replace("committed: { on: 2026-03-02 }", "committed: 2026-03-02")).message).toMatch(/must be either \{ on: date \}/);
  });

  it("reports every problem at once, in order down the file", () => {
    const text = VALID.replace("level: magistrates", "level: county").replace("amount: 180", "amount: lots").replace("2026-09-14", "2026-02-30");
    const found = analyseCaseText(text).diagnostics.filter((d) => d.ruleId === "schema");
    expect(found.map((d) => d.line)).toEqual([3, 7, 19]);
  });

  it("gives every finding the schema rule id, error severity and a hint", () => {
    const text = VALID.replace("level: magistrates", "level: county").replace("amount: 180", "amount: -1").replace("version: 1", "version: 2");
    for (const f of findings(text)) expect(f).toMatchObject({ ruleId: "schema", severity: "error", hint: expect.any(String) });
  });
});

describe("validateSchema: placeholders left by `ancillary init`", () => {
  it("refuses text that starts with REPLACE as an unfilled placeholder", () => {
    expect(only(VALID.replace("location: Luton", 'location: "REPLACE: the court\'s place name"'))).toMatchObject({
      message: "court.location still holds a placeholder from `ancillary init`",
      hint: expect.stringContaining("real value"),
      line: 4,
      column: 13,
    });
  });

  it("refuses a bare REPLACE too", () => {
    expect(only(VALID.replace("location: Luton", "location: REPLACE")).message).toContain("placeholder");
  });

  it("accepts real text that merely starts with a word like REPLACEMENT, or mentions replace", () => {
    expect(findings(VALID.replace("mobile telephone, grey", "REPLACEMENT handset"))).toEqual([]);
    expect(findings(VALID.replace("mobile telephone, grey", "bought to replace a broken phone"))).toEqual([]);
  });

  it("refuses the date placeholder YYYY-MM-DD once, as a placeholder", () => {
    expect(only(VALID.replace("2026-09-14", '"YYYY-MM-DD"'))).toMatchObject({
      message: "hearing.date still holds a placeholder from `ancillary init`",
      hint: expect.stringContaining("2026-09-14"),
    });
  });

  it("refuses a placeholder where a word from a list is expected, listing the words", () => {
    expect(only(VALID.replace("level: magistrates", 'level: "REPLACE: magistrates or crown"'))).toMatchObject({
      message: "court.level still holds a placeholder from `ancillary init`",
      hint: "replace it with one of: magistrates, crown",
    });
  });

  it("refuses a placeholder where a number is expected, asking for a number", () => {
    expect(only(VALID.replace("amount: 180", 'amount: "REPLACE: the value in pounds"')).hint).toContain("number");
  });

  it("refuses a placeholder number of days, asking for a whole number", () => {
    const text = `${VALID}applications:\n  deprivation:\n    property: [P1]\n    retrieval: { days: "REPLACE: the number of days", arrangement: supervised copying }\n`;
    expect(only(text).hint).toBe("replace it with a whole number without quotes, e.g. 28");
  });

  it("refuses a placeholder where true or false is expected, asking for true or false", () => {
    expect(only(VALID.replace("holdsIntimateImages: true", 'holdsIntimateImages: "REPLACE: true or false"')).hint).toContain("true or false");
  });

  it("refuses a placeholder inside `committed` as a placeholder, not as the wrong shape", () => {
    expect(only(VALID.replace("committed: { on: 2026-03-02 }", 'committed: { on: "YYYY-MM-DD" }')).message).toBe(
      "offences[0].committed.on still holds a placeholder from `ancillary init`",
    );
  });
});
