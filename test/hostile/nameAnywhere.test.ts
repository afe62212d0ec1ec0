/**
 * The complainant's name, in any spelling, put in any place a case can hold
 * text, never comes out: not in a finding (text, JSON, SARIF), a document, a
 * batch manifest, or anything printed. Property-based: fast-check picks the
 * place and the spelling; the in-process sweep covers every place with every
 * spelling, and the CLI runs cover every command and format.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { isMap, isScalar, isSeq, parseDocument, type Document } from "yaml";
import { analyseCaseText } from "../../src/pipeline/analyse";
import { formatReports } from "../../src/output/format";
import { hasErrors } from "../../src/diagnostics/types";
import { renderCase } from "../../src/pipeline/draftCase";
import { writeText } from "../../src/writers/text";
import { FOLDINGS, foldText } from "../../src/rules/support/nameFolding";
import { runCli } from "../support/cli";
import { docxParagraphs } from "../support/docxText";
import { exampleCase, scratch } from "./helpers";

const EXAMPLE = readFileSync(exampleCase, "utf8");
/** The example's complainant is Joanna Pelham (fictional). */
const SPELLINGS = [
  "Joanna Pelham",
  "PELHAM",
  "pelham",
  "Pelham's",
  "the Pelhams' house",
  "jpelham@example.com",
  "xpelhamx@example.com",
  "@joannap1990",
  "joanna.pelham",
  "J\u043Eanna", // a Cyrillic о
  "P\u00E9lham",
  "JOANNA",
];

/** True if a printed text shows the name, however it is cased, accented, transliterated or disguised. */
function showsName(text: string): boolean {
  return FOLDINGS.some((folding) => {
    const folded = foldText(text, folding).text.replace(/[^a-z0-9@.]/g, "");
    return folded.includes("pelham") || folded.includes("joanna");
  });
}

/** Every place in the example where the YAML holds a text value, except the one place the name belongs. */
function textPlaces(doc: Document): Array<Array<string | number>> {
  const places: Array<Array<string | number>> = [];
  const walk = (node: unknown, path: Array<string | number>) => {
    if (isMap(node)) for (const pair of node.items) walk(pair.value, [...path, String((pair.key as { value: unknown }).value)]);
    else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
    // The complainant's own field, and the defendant's name, which documents print by law (complainant-named refuses the complainant's full name there).
    else if (isScalar(node) && typeof node.value === "string" && !["complainants.0.name", "defendant.name"].includes(path.join("."))) places.push(path);
  };
  walk(doc.contents, []);
  return places;
}

const PLACES = textPlaces(parseDocument(EXAMPLE));

/** Ways to put a spelling of the name into the case's YAML: in a value, as a key, as an alias, or inside broken YAML. */
type Placement = { describe: string; put(spelling: string): string };
const PLACEMENTS: Placement[] = [
  ...PLACES.map((path) => ({
    describe: `in ${path.join(".")}`,
    put: (spelling: string) => {
      const doc = parseDocument(EXAMPLE);
      doc.setIn(path, `as told to ${spelling} and others`);
      return doc.toString();
    },
  })),
  { describe: "as an unknown key", put: (s) => EXAMPLE.replace("version: 1", `version: 1\n${JSON.stringify(s)}: yes`) },
  { describe: "as a bare unknown key", put: (s) => EXAMPLE.replace("version: 1", `version: 1\n${s.replace(/[^\p{L}\p{N}]/gu, "")}: yes`) },
  { describe: "as an alias", put: (s) => EXAMPLE.replace("location: Luton", `location: *${s.replace(/[^\p{L}\p{N}]/gu, "")}`) },
  { describe: "in an unclosed quote", put: (s) => EXAMPLE.replace("location: Luton", `location: "Luton ${s}`) },
  { describe: "after a bad escape", put: (s) => EXAMPLE.replace("location: Luton", `location: "Luton\\q${s}"`) },
  { describe: "in a comment", put: (s) => EXAMPLE.replace("version: 1", `version: 1 # ${s}`) },
  { describe: "in the text of a flow mapping", put: (s) => EXAMPLE.replace("hearing: { date: 2026-09-14 }", `hearing: { date: 2026-09-14, ${s} }`) },
];

describe("the complainant's name, put anywhere in a case, in any spelling", () => {
  it("has a place for every text value of the example", () => {
    expect(PLACES.length).toBeGreaterThan(20);
  });

  it.each(PLACEMENTS.map((p) => [p.describe, p] as const))("is never printed or drafted when put %s", (_, placement) => {
    for (const spelling of SPELLINGS) {
      const analysis = analyseCaseText(placement.put(spelling));
      const reports = [{ filePath: "case.yaml", diagnostics: analysis.diagnostics }];
      for (const format of ["text", "json", "sarif"] as const) {
        expect({ spelling, format, shows: showsName(formatReports(reports, format)) }).toEqual({ spelling, format, shows: false });
      }
      if (analysis.case && !hasErrors(analysis.diagnostics)) {
        for (const doc of renderCase(analysis.case)) {
          const text = `${writeText(doc.document)} ${doc.document.properties.title} ${doc.document.properties.subject ?? ""} ${doc.document.properties.footer ?? ""}`;
          expect({ spelling, document: doc.fileName, shows: showsName(text) }).toEqual({ spelling, document: doc.fileName, shows: false });
        }
      }
    }
  });

  it("never reaches the terminal, a document or a manifest through any command and format", () => {
    const area = scratch("name-anywhere");
    let run = 0;
    try {
      fc.assert(
        fc.property(fc.constantFrom(...PLACEMENTS), fc.constantFrom(...SPELLINGS), (placement, spelling) => {
          const dir = join(area.dir, `run-${run++}`);
          mkdirSync(join(dir, "cases"), { recursive: true });
          const input = join(dir, "cases", "case.yaml");
          writeFileSync(input, placement.put(spelling));
          const printed: string[] = [];
          for (const format of ["text", "json", "sarif"]) printed.push(JSON.stringify(runCli(["validate", "--format", format, input])));
          for (const format of ["text", "json"]) printed.push(JSON.stringify(runCli(["draft", "--format", format, input, "--out", join(dir, `draft-${format}`)])));
          printed.push(JSON.stringify(runCli(["batch", join(dir, "cases"), "--out", join(dir, "batch")])));
          for (const text of printed) expect(showsName(text)).toBe(false);
          for (const file of filesUnder(dir)) {
            if (file === input) continue;
            const bytes = readFileSync(file);
            const text = file.endsWith(".docx") ? docxParagraphs(bytes).join("\n") : bytes.toString("utf8");
            expect({ file: file.slice(dir.length), shows: showsName(`${file.slice(dir.length)} ${text}`) }).toEqual({ file: file.slice(dir.length), shows: false });
          }
        }),
        { numRuns: 6, seed: 20261201 },
      );
    } finally {
      area.remove();
    }
  }, 180_000);
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
