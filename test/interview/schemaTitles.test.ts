import { readFileSync } from "node:fs";
import { join } from "node:path";

const schema = JSON.parse(readFileSync(join(__dirname, "..", "..", "schemas", "case.schema.json"), "utf8")) as Record<string, unknown>;

type Node = Record<string, unknown>;

/** Every property anywhere in the schema, with its dotted path (lists as []). */
function everyProperty(node: unknown, path: string, found: Array<[string, Node]> = []): Array<[string, Node]> {
  if (!node || typeof node !== "object") return found;
  if (Array.isArray(node)) {
    for (const child of node) everyProperty(child, path, found);
    return found;
  }
  const n = node as Node;
  for (const [key, child] of Object.entries((n.properties ?? {}) as Record<string, Node>)) {
    found.push([`${path}.${key}`, child]);
    everyProperty(child, `${path}.${key}`, found);
  }
  if (n.items) everyProperty(n.items, `${path}[]`, found);
  for (const key of ["oneOf", "then", "else", "$defs"]) if (n[key]) everyProperty(n[key], path, found);
  return found;
}

describe("the case schema as the interview's questions", () => {
  const properties = everyProperty(schema, "");

  it("gives every property a plain-English title, so a new field needs no new code", () => {
    const untitled = properties.filter(([, node]) => typeof node.title !== "string" || node.title.trim() === "").map(([path]) => path);
    expect(untitled).toEqual([]);
    // The outcome section is part of the case too.
    expect(properties.filter(([path]) => path.startsWith(".outcome.orders.shpo.")).length).toBeGreaterThan(5);
  });

  it("keeps a description as every property's help text", () => {
    expect(properties.filter(([, node]) => typeof node.description !== "string").map(([path]) => path)).toEqual([]);
  });

  it("marks the complainant's name write-only, and nothing else", () => {
    expect(properties.filter(([, node]) => node.writeOnly === true).map(([path]) => path)).toEqual([".complainants[].name"]);
  });

  it("points every reference at a list of the case", () => {
    const references = properties.filter(([, node]) => "refersTo" in node);
    expect(references.length).toBeGreaterThanOrEqual(9);
    const lists = ["complainants", "offences", "property"];
    for (const [, node] of references) expect(lists).toContain(node.refersTo);
  });
});
