import fc from "fast-check";
import { parseYaml, type ParsedYaml } from "../../src/load/parseYaml";
import { analyseCaseText } from "../../src/pipeline/analyse";
import type { Diagnostic } from "../../src/diagnostics/types";
import { SMALL_CASE_YAML } from "../support/smallCase";

const VALID = SMALL_CASE_YAML;

function parsed(text: string): ParsedYaml {
  const result = parseYaml(text);
  if (!result.ok) throw new Error(`expected the YAML to parse: ${result.findings.map((f) => f.message).join("; ")}`);
  return result.parsed;
}

/** The one finding of a refused text, placed at its line and column. */
function refusal(text: string): Diagnostic[] {
  const result = parseYaml(text);
  if (result.ok) throw new Error("expected the YAML to be refused");
  return result.findings.map((finding) => ({ ...finding, ...result.locate(finding.path) }));
}

/** Load and schema diagnostics of the whole pipeline (legal rules left out: they are tested elsewhere). */
function shapeDiagnostics(text: string): Diagnostic[] {
  return analyseCaseText(text).diagnostics.filter((d) => d.ruleId === "schema" || d.ruleId === "yaml-syntax");
}

describe("parseYaml: YAML 1.2 core schema", () => {
  it.each(["no", "yes", "off", "on", "n", "y", "No", "NO"])("keeps `%s` as the word it is, not a true or false", (word) => {
    expect(parsed(`description: ${word}\n`).data).toEqual({ description: word });
  });

  it("reads only true and false as booleans", () => {
    expect(parsed("a: true\nb: false\n").data).toEqual({ a: true, b: false });
  });

  it("keeps dates as text, whether quoted or not", () => {
    expect(parsed('a: 2026-09-14\nb: "2026-09-14"\n').data).toEqual({ a: "2026-09-14", b: "2026-09-14" });
  });

  it("keeps a date-and-time as text too, never a Date object", () => {
    expect(parsed("a: 2026-09-14T10:00:00Z\n").data).toEqual({ a: "2026-09-14T10:00:00Z" });
  });

  it("ignores a %YAML 1.1 directive's older booleans: `no` still stays a word", () => {
    expect(parsed("%YAML 1.1\n---\na: no\n").data).toEqual({ a: "no" });
  });

  it("treats a merge key `<<` as an ordinary key, so the schema can refuse it", () => {
    expect(parsed("a: &x { b: 1 }\nc:\n  <<: *x\n").data).toEqual({ a: { b: 1 }, c: { "<<": { b: 1 } } });
  });
});

describe("parseYaml: exact source text of plain values", () => {
  it("keeps an unquoted all-digit URN's exact text, leading zero included, beside the number YAML reads", () => {
    const p = parsed("reference: 01234567890\n");
    expect(p.data).toEqual({ reference: 1234567890 });
    expect(p.sourceText(["reference"])).toBe("01234567890");
  });

  it.each(["1.50", "0x1F", "1e3", "0o17", ".inf", "356789104563218123"])("keeps the exact text of the number-like word %s", (word) => {
    expect(parsed(`a: ${word}\n`).sourceText(["a"])).toBe(word);
  });

  it("has no source text for a quoted value, which is already text", () => {
    expect(parsed('a: "0123"\n').sourceText(["a"])).toBeUndefined();
  });

  it("has no source text for a value reached through an alias", () => {
    expect(parsed("a: &n 0123\nb: *n\n").sourceText(["b"])).toBeUndefined();
  });

  it("keeps the source text of a number inside a list", () => {
    expect(parsed("a:\n  - 007\n").sourceText(["a", 0])).toBe("007");
  });
});

describe("parseYaml: positions", () => {
  it("places a value at its 1-based line and column", () => {
    expect(parsed(VALID).locate(["court", "level"])).toEqual({ line: 3, column: 10 });
    expect(parsed(VALID).locate(["hearing", "date"])).toEqual({ line: 7, column: 18 });
  });

  it("places a field of a list item at its own line and column", () => {
    expect(parsed(VALID).locate(["property", 0, "kind"])).toEqual({ line: 17, column: 11 });
    expect(parsed(VALID).locate(["property", 0, "value", "amount"])).toEqual({ line: 19, column: 22 });
  });

  it("places a list item at its first field, after the `- `", () => {
    expect(parsed(VALID).locate(["offences", 0])).toEqual({ line: 10, column: 5 });
  });

  it("places a mapping or a list at its key, so a finding about the whole points at the `key:` line", () => {
    expect(parsed(VALID).locate(["court"])).toEqual({ line: 2, column: 1 });
    expect(parsed(VALID).locate(["hearing"])).toEqual({ line: 7, column: 1 });
    expect(parsed(VALID).locate(["property"])).toEqual({ line: 14, column: 1 });
  });

  it("places an empty value (`key:` with nothing after it) at its key", () => {
    expect(parsed("a: 1\nreference:\nb: 2\n").locate(["reference"])).toEqual({ line: 2, column: 1 });
  });

  it("places a path that does not exist at its nearest existing ancestor", () => {
    expect(parsed(VALID).locate(["property", 0, "seizure", "route"])).toEqual({ line: 15, column: 5 });
    expect(parsed(VALID).locate(["nothing", "here"])).toEqual({ line: 1, column: 1 });
  });

  it("places the whole case at its first field, after any leading comments", () => {
    expect(parsed("# a comment\n\nversion: 1\n").locate([])).toEqual({ line: 3, column: 1 });
  });

  it("counts a CRLF line ending as one line break", () => {
    expect(parsed(VALID.replace(/\n/g, "\r\n")).locate(["property", 0, "kind"])).toEqual({ line: 17, column: 11 });
  });

  it("ignores a byte-order mark, so columns on line 1 match the editor", () => {
    expect(parsed("\ufeffversion: 1\n").locate(["version"])).toEqual({ line: 1, column: 10 });
  });

  it("counts columns in characters, so text before a value may hold accented letters", () => {
    expect(parsed("name: { first: Zoë, last: Ødegård }\n").locate(["name", "last"])).toEqual({ line: 1, column: 27 });
  });
});

describe("parseYaml: refusals, each a finding and never an exception", () => {
  it("refuses an empty text as holding no YAML document", () => {
    expect(refusal("")).toEqual([expect.objectContaining({ ruleId: "yaml-syntax", message: "the file holds no YAML document", line: 1, column: 1 })]);
  });

  it("refuses a text of only comments and blank lines as holding no YAML document", () => {
    expect(refusal("# nothing yet\n\n   \n")[0].message).toBe("the file holds no YAML document");
  });

  it("refuses a key that appears twice in one mapping, at the second occurrence", () => {
    const [finding, ...rest] = refusal("court:\n  level: crown\n  location: Luton\n  level: magistrates\n");
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ message: "the same key appears twice in one mapping", line: 4, column: 3 });
    expect(finding.hint).toMatch(/delete one/);
  });

  it("refuses duplicate keys inside a list item too", () => {
    expect(refusal("property:\n  - id: P1\n    id: P2\n")[0]).toMatchObject({ message: "the same key appears twice in one mapping", line: 3, column: 5 });
  });

  it("refuses every key written twice in a mapping of thousands, each at its second occurrence", () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `  k${i}: ${i}`);
    const findings = refusal(`court:\n${keys.join("\n")}\n  k7: again\n  k4999: again\n`);
    expect(findings.map((f) => [f.message, f.line, f.column])).toEqual([
      ["the same key appears twice in one mapping", 5002, 3],
      ["the same key appears twice in one mapping", 5003, 3],
    ]);
  });

  it.each([
    ["!!binary", "photo: !!binary aGVsbG8=", "the tag !!binary is not part of YAML's core schema"],
    ["!!set", "ids: !!set { P1, P2 }", "the tag !!set is not part of YAML's core schema"],
    ["!!omap", "ids: !!omap [ { P1: a } ]", "the tag !!omap is not part of YAML's core schema"],
    ["!!timestamp", "date: !!timestamp 2026-09-14", "the tag !!timestamp is not part of YAML's core schema"],
    ["!<tag:yaml.org,2002:binary>", "photo: !<tag:yaml.org,2002:binary> aGVsbG8=", "the tag !!binary is not part of YAML's core schema"],
    ["!!float on a word", "amount: !!float many", "the value does not fit its tag !!float"],
  ])("refuses %s at the tag, in one line", (_, line, message) => {
    const [finding, ...rest] = refusal(`version: 1\ncourt:\n  ${line}\n`);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: "yaml-syntax", line: 3, column: line.indexOf("!") + 3 });
    expect(finding.message).toContain(message);
    expect(finding.hint).toMatch(/^remove the tag/);
  });

  it("refuses a custom tag without quoting it, as it could be any text", () => {
    const [finding] = refusal("version: 1\nparticulars: !JoannaPelham threatened to share\n");
    expect(finding).toMatchObject({ line: 2, column: 14, message: "a custom tag (a word after !) is not part of YAML's core schema, which a case is read with" });
    expect(`${finding.message} ${finding.hint}`).not.toMatch(/joanna|pelham/i);
  });

  it("accepts the core schema's own tags: !!str keeps digits as text", () => {
    expect(parsed("reference: !!str 01234567890\ncount: !!int 3\nflag: !!bool true\nlist: !!seq [a]\nmap: !!map { a: b }\n").data).toEqual({
      reference: "01234567890",
      count: 3,
      flag: true,
      list: ["a"],
      map: { a: "b" },
    });
  });

  it("refuses several documents, pointing at the `---` that starts the second", () => {
    const [finding] = refusal(`${VALID}---\nversion: 1\n`);
    expect(finding.message).toContain("more than one YAML document");
    expect(finding.hint).toBe("put each case in its own file");
    expect(finding).toMatchObject({ line: 22, column: 1 });
  });

  it("refuses a second document even when it is empty", () => {
    expect(refusal("version: 1\n---\n")[0]).toMatchObject({ message: expect.stringContaining("more than one YAML document"), line: 2, column: 1 });
  });

  it("accepts one document with an explicit `---` start and `...` end", () => {
    expect(parsed(`---\n${VALID}...\n`).data).toMatchObject({ version: 1 });
  });

  it("reports an unclosed bracket at its place, with a hint about brackets", () => {
    const findings = refusal("version: 1\ncourt: { level: crown\nreference: x\n");
    expect(findings[0].ruleId).toBe("yaml-syntax");
    expect(findings[0].message).toMatch(/^the YAML is malformed here/);
    expect(findings[0].hint).toMatch(/bracket/);
    expect(findings[0].line).toBeGreaterThanOrEqual(2);
    expect(findings[0].line).toBeLessThanOrEqual(3);
  });

  it("reports an unclosed quote on the line where the quote opens or the text ends", () => {
    const findings = refusal('version: 1\nreference: "41LN0456726\nhearing: { date: 2026-09-14 }\n');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0].line).toBeGreaterThanOrEqual(2);
  });

  it("reports one mistake once, not once per parser complaint at the same place", () => {
    const findings = refusal("court:\n  level: [magistrates\n  location: Luton\n");
    const places = findings.map((f) => `${f.line}:${f.column}`);
    expect(new Set(places).size).toBe(places.length);
  });

  it("refuses a tab used for indentation, at the tab, with a hint to use spaces", () => {
    const [finding] = refusal("court:\n\tlevel: crown\n");
    expect(finding).toMatchObject({ message: "a tab is used for indentation; YAML needs spaces", line: 2, column: 1, hint: "replace the tab with spaces" });
  });

  it("refuses an alias that names no anchor, at the alias, and does not mistake it for an alias bomb", () => {
    const [finding] = refusal("a: 1\nb: *missing\n");
    expect(finding).toMatchObject({ message: "this alias (a *name) refers to no anchor before it", line: 2, column: 4 });
    expect(`${finding.message} ${finding.hint}`).not.toContain("missing`");
  });

  it.each([
    ["an alias name", "a: &Pelham 1\nb: *Pelhamx\n"],
    ["an escape sequence", 'a: "Pelham\\qPelham"\n'],
    ["a hex escape", 'a: "\\xZZPelham"\n'],
    ["an ordered map's duplicate key", "a: !!omap\n  - Pelham: 1\n  - Pelham: 2\n"],
    ["an unexpected token", "a: [Pelham\n"],
    ["a flow mapping", "a: { Pelham Pelham }\nb: ]Pelham\n"],
    ["a block scalar header", "a: > Pelham\n  text\n"],
    ["a plain value start", "a: @Pelham\n"],
  ])("never quotes the file in a syntax error: %s", (_, text) => {
    const findings = refusal(text);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) expect(`${finding.message} ${finding.hint ?? ""}`).not.toMatch(/pelham/i);
  });

  it("allows a few ordinary anchors and aliases", () => {
    expect(parsed("a: &x Luton\nb: *x\n").data).toEqual({ a: "Luton", b: "Luton" });
  });

  it("refuses an alias bomb (a billion laughs) quickly, with a hint to write the values out", () => {
    let bomb = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (let i = 1; i <= 9; i++) bomb += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(", ")}]\n`;
    const started = Date.now();
    const [finding, ...rest] = refusal(bomb);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(rest).toEqual([]);
    expect(finding.message).toContain("alias bomb");
    expect(finding.hint).toMatch(/write the values out/);
    expect(finding).toMatchObject({ line: 2 });
  });

  it("refuses block nesting deeper than 64 levels", () => {
    const deep = Array.from({ length: 100 }, (_, i) => `${" ".repeat(i)}k:`).join("\n") + " v\n";
    expect(refusal(deep)[0].message).toBe("the YAML is nested more than 64 levels deep");
  });

  it("refuses absurdly deep flow nesting with a finding about depth, not a crash or a stack trace", () => {
    const deep = `a: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`;
    const findings = refusal(deep);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toBe("the YAML is nested more than 64 levels deep");
    expect(findings[0].message).not.toMatch(/call stack/i);
  });

  it("refuses a key that is itself a list or a mapping, without a Node.js warning", () => {
    const warn = jest.spyOn(process, "emitWarning").mockImplementation(() => undefined);
    try {
      const [finding] = refusal("court:\n  ? [a, b]\n  : c\n");
      expect(finding.message).toMatch(/every key in a case is a plain word/);
      expect(finding.line).toBe(2);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        const result = parseYaml(text);
        if (!result.ok) for (const f of result.findings) expect(result.locate(f.path).line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on YAML-like text built from YAML's own punctuation", () => {
    const pieces = fc.constantFrom("a", ": ", "- ", "\n", "  ", "[", "]", "{", "}", ",", "&x ", "*x", "!!str ", "? ", "---\n", '"', "'", "#", "|", ">", "\t", "01", "no");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        parseYaml(parts.join(""));
      }),
      { numRuns: 500 },
    );
  });
});

describe("analyseCaseText: where the loader's and the schema's findings land", () => {
  it("reports a bad value at its own line and column", () => {
    const [d] = shapeDiagnostics(VALID.replace("level: magistrates", "level: county"));
    expect(d).toMatchObject({ ruleId: "schema", path: ["court", "level"], line: 3, column: 10 });
  });

  it("reports a missing field at its parent's key", () => {
    const [d] = shapeDiagnostics(VALID.replace("  location: Luton\n", ""));
    expect(d).toMatchObject({ path: ["court"], line: 2, column: 1, message: "court is missing `location`" });
  });

  it("reports a missing field of a list item at the item", () => {
    const [d] = shapeDiagnostics(VALID.replace("    kind: device\n", ""));
    expect(d).toMatchObject({ path: ["property", 0], line: 15, column: 5, message: "property[0] is missing `kind`" });
  });

  it("reports a syntax error at its place and nothing from the schema", () => {
    const diagnostics = analyseCaseText(VALID.replace("  location: Luton", '  location: "Luton')).diagnostics;
    expect(diagnostics.every((d) => d.ruleId === "yaml-syntax")).toBe(true);
    expect(diagnostics[0].line).toBeGreaterThanOrEqual(4);
  });

  it("gives the same positions with CRLF line endings and a byte-order mark", () => {
    const text = "\ufeff" + VALID.replace("level: magistrates", "level: county").replace(/\n/g, "\r\n");
    expect(shapeDiagnostics(text)[0]).toMatchObject({ line: 3, column: 10 });
  });

  it("gives a bad value on line 1 the right column despite a byte-order mark", () => {
    const [d] = shapeDiagnostics("\ufeff" + VALID.replace("version: 1", "version: 2"));
    expect(d).toMatchObject({ path: ["version"], line: 1, column: 10 });
  });

  it("lists the findings top to bottom", () => {
    const text = VALID.replace("kind: device", "kind: phone").replace("level: magistrates", "level: county");
    const lines = shapeDiagnostics(text).map((d) => d.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(lines).toEqual([3, 17]);
  });
});
