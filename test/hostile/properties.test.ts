/**
 * Property-based tests, the way an attacker (or a bad copy and paste) works:
 * random text and bytes, and valid cases mutated at random. Whatever comes in,
 * `analyseCaseText` answers with diagnostics and never throws; every case it
 * passes drafts into DOCX whose XML parts all parse; and the complainant's name,
 * planted at random, is in no diagnostic and, unless the case was refused, in no
 * document.
 */
import fc from "fast-check";
import { stringify } from "yaml";
import { ordersAppliedFor } from "../../src/orders/index";
import { analyseCaseText } from "../../src/pipeline/analyse";
import { draftCase } from "../../src/pipeline/draftCase";
import { reasonNotDraftable } from "../../src/pipeline/draftable";
import { hasErrors, type Diagnostic } from "../../src/diagnostics/types";
import type { Case } from "../../src/case/types";
import { validCase } from "../support/cases";
import { escapeUserText, unescapeUserText } from "../../src/render/markupEscape";
import { docxVisibleText, folded, unparsableXmlParts } from "./helpers";

// Bounded so the suite stays quick on two cores: each run parses, checks and maybe drafts once.
// HOSTILE_RUNS=5000 searches harder, locally.
const RUNS = { numRuns: Number(process.env.HOSTILE_RUNS) || 150 };
/** Controls (other than tab and line breaks) and stand-ins that must never reach a document. */
const UNPRINTABLE_OUTPUT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ue000-\ue0ff]/;

describe("analyseCaseText on arbitrary input never throws", () => {
  it("for any string, control characters and lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        expect(Array.isArray(analyseCaseText(text).diagnostics)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("for any bytes, decoded as a lenient reader would", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        analyseCaseText(Buffer.from(bytes).toString("utf8"));
        analyseCaseText(Buffer.from(bytes).toString("latin1"));
      }),
      { numRuns: 300 },
    );
  });

  it("for any YAML document of any shape (objects, lists, numbers, null, odd keys)", () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4, withNullPrototype: true, withObjectString: true }), (value) => {
        analyseCaseText(stringify(value) ?? "");
      }),
      { numRuns: 200 },
    );
  });

  it("for `__proto__` and `constructor` keys, without polluting any prototype", () => {
    const text = "__proto__: { polluted: yes }\nconstructor: { prototype: { polluted: yes } }\ncourt:\n  __proto__: { polluted: yes }\n";
    const diagnostics = analyseCaseText(text).diagnostics;
    expect(diagnostics.some((d) => d.message === "the case has an unknown field" && d.path[0] === "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
  });
});

// ---- Mutated valid cases -------------------------------------------------------------

/** Distinctive invented names, none of them an ordinary word or a word the templates print. */
const FIRST_NAMES = ["Zephyrine", "Quillon", "Siân", "Żaneta", "Ødegård", "Nkemdirim", "Yevgenia", "Thandiwe", "Aoibheann", "Radosław", "Ngozi"];
const SURNAMES = ["Quennell", "Vukovich", "Wróblewska", "Fairweather-Ngata", "O'Shaughnessy", "Llewellyn", "Szczepańska", "Abernethy", "Delacroix-Hume"];

/** The free-text fields the anonymity rule reads (the ones that reach a document). */
const CHECKED_TEXT: ReadonlyArray<ReadonlyArray<string | number>> = [
  ["reference"],
  ["complainants", 0, "cipher"],
  ["offences", 0, "particulars"],
  ["property", 0, "description"],
  ["property", 0, "identifiers", "exhibit"],
  ["property", 0, "identifiers", "serial"],
  ["property", 0, "use", "evidence"],
  ["applications", "deprivation", "effectsOnOffender"],
  ["otherSentence"],
];

/** Pieces hostile text is made of: template syntax, markup, XML, controls, invisibles, surrogates. */
const HOSTILE_PIECE = fc.constantFrom(
  "{{defendant.name}}",
  "{{{court.location}}}",
  "{{#each offences}}",
  "{{/each}}",
  "{{> seizure-route}}",
  "# ",
  "| a | b |",
  "* ",
  "@",
  "- ",
  ". ",
  "+",
  "> ",
  "\\",
  "<w:t>",
  "</w:p>",
  "]]>",
  "&amp;",
  "&",
  "<",
  '"',
  "'",
  "\u0000",
  "\u0007",
  "\u001b[31m",
  "\u007f",
  "\u0085",
  "\u200b",
  "\u202e",
  "\ufeff",
  "\ufffe",
  "\ud800",
  "\udc00",
  "\ue000",
  "\ue003",
  "\n",
  "\r\n",
  "\t",
  "REPLACE",
  "YYYY-MM-DD",
  "2026-02-30",
  "0",
  "00012",
  "Luton",
  " ",
);
const HOSTILE_TEXT = fc.oneof(
  fc.array(HOSTILE_PIECE, { minLength: 1, maxLength: 8 }).map((pieces) => pieces.join("")),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }),
);
const ANY_VALUE = fc.oneof(
  HOSTILE_TEXT,
  fc.integer(),
  fc.double(),
  fc.constantFrom(1e308, -1, 0, Number.MAX_SAFE_INTEGER + 2, 0.001),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom("2026-02-29", "0000-00-00", "9999-12-31", "2026-9-1"),
);

/** Ways of writing a name that a careless or a cunning writer might use. */
type Variant = "full" | "upper" | "first" | "surname" | "possessive" | "control" | "zero-width" | "soft-hyphen" | "nbsp" | "decomposed";
const VARIANTS: Variant[] = ["full", "upper", "first", "surname", "possessive", "control", "zero-width", "soft-hyphen", "nbsp", "decomposed"];

function written(first: string, surname: string, variant: Variant): string {
  const split = (word: string, mark: string) => word.slice(0, 2) + mark + word.slice(2);
  switch (variant) {
    case "full":
      return `${first} ${surname}`;
    case "upper":
      return `${first} ${surname}`.toUpperCase();
    case "first":
      return first;
    case "surname":
      return surname;
    case "possessive":
      return `${first}'s`;
    case "control":
      return `${split(first, "\u0007")} ${surname}`;
    case "zero-width":
      return `${split(first, "\u200b")} ${split(surname, "\u200b")}`;
    case "soft-hyphen":
      return `${split(first, "\u00ad")} ${split(surname, "\u00ad")}`;
    case "nbsp":
      return `${first}\u00a0${surname}`;
    case "decomposed":
      return `${first} ${surname}`.normalize("NFD");
  }
}

type Mutation =
  | { kind: "set"; pick: number; value: unknown }
  | { kind: "text"; pick: number; value: string }
  | { kind: "drop"; pick: number }
  | { kind: "name"; field: number; variant: Variant; before: string; after: string };

/** Free text that reaches a document: hostile text here must be printed safely, or refused. */
const FREE_TEXT: ReadonlyArray<ReadonlyArray<string | number>> = [
  ...CHECKED_TEXT,
  ["court", "location"],
  ["defendant", "name"],
  ["property", 0, "identifiers", "imei"],
  ["prosecutor", "name"],
  ["prosecutor", "role"],
  ["prosecutor", "office"],
];

// Weighted so that about half the cases still pass and are drafted: most mutations put
// hostile text where text belongs; fewer break the shape.
const MUTATION: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant("text" as const), pick: fc.nat(), value: HOSTILE_TEXT }), weight: 8 },
  { arbitrary: fc.record({ kind: fc.constant("set" as const), pick: fc.nat(), value: ANY_VALUE }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("drop" as const), pick: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({
    kind: fc.constant("name" as const),
    field: fc.nat({ max: CHECKED_TEXT.length - 1 }),
    variant: fc.constantFrom(...VARIANTS),
    before: fc.constantFrom("", "Threatened ", "the phone of ", "(", "Sent to "),
    after: fc.constantFrom("", ".", " said so", ")", ", aged 30"),
  }), weight: 2 },
);

type Path = Array<string | number>;

/** Every path in the data, containers and leaves, root excluded. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [];
  const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

function getAt(value: unknown, path: ReadonlyArray<string | number>): unknown {
  let current: unknown = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** Sets a value at a path, creating mappings on the way; does nothing if a step is not a container. */
function setAt(value: unknown, path: ReadonlyArray<string | number>, next: unknown): void {
  let current = value as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    if (current[key] === undefined) current[key] = {};
    if (current[key] === null || typeof current[key] !== "object") return;
    current = current[key] as Record<string | number, unknown>;
  }
  current[path[path.length - 1]] = next;
}

function dropAt(value: unknown, path: ReadonlyArray<string | number>): void {
  const parent = getAt(value, path.slice(0, -1));
  const key = path[path.length - 1];
  if (Array.isArray(parent) && typeof key === "number") parent.splice(key, 1);
  else if (parent !== null && typeof parent === "object") delete (parent as Record<string | number, unknown>)[key];
}

function mutate(theCase: Case, mutations: Mutation[], first: string, surname: string): Case {
  const data = theCase as unknown;
  for (const m of mutations) {
    if (m.kind === "name") {
      const path = CHECKED_TEXT[m.field];
      const current = getAt(data, path);
      setAt(data, path, `${m.before}${written(first, surname, m.variant)}${m.after}${typeof current === "string" ? ` ${current}` : ""}`);
      continue;
    }
    const paths = m.kind === "text" ? FREE_TEXT.map((path) => [...path]) : pathsOf(data);
    if (paths.length === 0) continue;
    const path = paths[m.pick % paths.length];
    // The planted name itself stays: the test needs to know whom to look for.
    if (path[0] === "complainants" && (path.length < 3 || path[2] === "name")) continue;
    if (m.kind === "drop") dropAt(data, path);
    else setAt(data, path, m.value);
  }
  return theCase;
}

/** The words of the name a reader would recognise, folded; each must never be printed. */
function nameWords(first: string, surname: string): string[] {
  return folded(`${first} ${surname}`)
    .split(/[^\p{L}']+/u)
    .flatMap((word) => [word, ...word.split(/[-']/)])
    .filter((word) => word.length >= 3);
}

function containsWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").test(text);
}

function diagnosticText(diagnostics: Diagnostic[]): string {
  return diagnostics.map((d) => [d.message, d.hint ?? "", d.citation ?? ""].join("\n")).join("\n");
}

/** A splice of YAML's own punctuation into the serialised case, at a random place. */
const TEXT_EDIT = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 4 },
  {
    arbitrary: fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 6 }),
      insert: fc.constantFrom("", ":", ": ", "\n", "- ", "  ", "&a ", "*a", "[", "]", "{", "}", "'", '"', "#", "|", ">", "\t", "---\n", "? ", "!!str ", "\u0000", "\ufeff"),
    }),
    weight: 1,
  },
);

describe("mutated valid cases", () => {
  it("are refused with diagnostics, or draft into well-formed DOCX that never names the complainant; no diagnostic names them either", async () => {
    let drafted = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FIRST_NAMES),
        fc.constantFrom(...SURNAMES),
        fc.array(MUTATION, { minLength: 1, maxLength: 3 }),
        TEXT_EDIT,
        async (first, surname, mutations, edit) => {
          const theCase = validCase();
          theCase.complainants![0].name = `${first} ${surname}`;
          let text = stringify(mutate(theCase, mutations, first, surname));
          if (edit) {
            const at = edit.at % (text.length + 1);
            text = text.slice(0, at) + edit.insert + text.slice(at + edit.remove);
          }
          const words = nameWords(first, surname);

          const analysis = analyseCaseText(text);
          const said = folded(diagnosticText(analysis.diagnostics));
          for (const word of words) expect({ word, inDiagnostics: containsWord(said, word) }).toEqual({ word, inDiagnostics: false });
          // Refused as draft and batch refuse: errors, or a case that applies for no order.
          if (!analysis.case || hasErrors(analysis.diagnostics) || reasonNotDraftable(analysis.case) !== undefined) {
            refused++;
            return;
          }

          drafted++;
          const files = await draftCase(analysis.case);
          // A mutation may drop the application itself: then nothing is drafted (draft and batch refuse such a case first).
          expect(files.map((f) => f.fileName).sort()).toEqual(ordersAppliedFor(analysis.case).flatMap((o) => o.documents.map((d) => d.fileName)).sort());
          let printed = "";
          for (const file of files) {
            if (file.fileName.endsWith(".docx")) {
              expect(unparsableXmlParts(file.bytes)).toEqual([]);
              printed += docxVisibleText(file.bytes) + "\n";
            } else {
              const orderText = Buffer.from(file.bytes).toString("utf8");
              expect(UNPRINTABLE_OUTPUT.test(orderText)).toBe(false);
              printed += orderText + "\n";
            }
          }
          expect(UNPRINTABLE_OUTPUT.test(printed)).toBe(false);
          const shown = folded(printed);
          for (const word of words) expect({ word, printed: containsWord(shown, word) }).toEqual({ word, printed: false });
        },
      ),
      RUNS,
    );
    // Both branches must really be exercised, or the property proves little.
    expect(drafted).toBeGreaterThan(RUNS.numRuns / 5);
    expect(refused).toBeGreaterThan(RUNS.numRuns / 5);
    if (process.env.HOSTILE_RUNS) console.log(`${drafted} drafted, ${refused} refused`);
  });
});

describe("escapeUserText, the last step before a document", () => {
  it("leaves no control, invisible or stand-in character, and unescapes to the text without them", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 80 }), fc.array(HOSTILE_PIECE, { maxLength: 12 }).map((p) => p.join(""))), (text) => {
        const escaped = escapeUserText(text);
        const shown = unescapeUserText(escaped);
        expect(/[\p{Cc}\p{Cf}\p{Cs}\ufffe\uffff]/u.test(shown)).toBe(false);
        expect(/[\ue000-\ue0ff]/.test(shown)).toBe(false);
        expect(shown).toBe(shown.trim());
      }),
      { numRuns: 300 },
    );
  });

  it("removes C1 controls and invisible characters too, not only what XML forbids", () => {
    expect(unescapeUserText(escapeUserText("a\u0085b\u200bc\u202ed\u00ade\u{E0041}f\u2066g"))).toBe("abcdefg");
  });
});
