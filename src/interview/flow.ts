import type { CasePath } from "../diagnostics/types";
import { idsIn, namesAComplainant, nextId, type Answers } from "./answers";
import type { AnswerCheck } from "./answerCheck";
import type { Asker, Choice } from "./questions";
import { isIdOrOwn, nodeAt, ownerOf, resolved, typeOf, type CaseSchema, type PlacedNode, type SchemaNode } from "./schemaNode";

/** Everything the walk needs: the schema, who asks, the format check, the answers, and what to do when a part is done. */
export interface Interview {
  schema: CaseSchema;
  asker: Asker;
  check: AnswerCheck;
  data: Answers;
  /** Called when a top-level section or an entry of a list is complete: the law checks run there. */
  afterPart(path: CasePath): Promise<void>;
}

type Container = Record<string | number, unknown>;

/**
 * Walks the case schema from the top, asking for every field in its order:
 * required ones always, optional parts only if the user wants them. The
 * questions are the schema's titles, the help its descriptions; a new field in
 * the schema is a new question, with no code.
 */
export async function runInterview(interview: Interview): Promise<Answers> {
  await askProperties(interview, { node: interview.schema, pointer: "" }, [], interview.data);
  return interview.data;
}

/** Asks one field again (from the review screen), with its current answer shown first where it can be. */
export async function askAgain(interview: Interview, path: CasePath): Promise<void> {
  const placed = nodeAt(interview.schema, path);
  if (!placed) throw new Error(`no field at ${path.join(".")}`);
  const parent = valueIn(interview.data, path.slice(0, -1)) as Container;
  await askField(interview, placed, path, isRequired(interview.schema, path), parent);
}

function valueIn(data: unknown, path: CasePath): unknown {
  return path.reduce<unknown>((here, step) => (here as Container)[step], data);
}

function isRequired(schema: CaseSchema, path: CasePath): boolean {
  const key = path[path.length - 1];
  if (typeof key !== "string") return false;
  return (ownerOf(schema, path.slice(0, -1), key)?.required ?? []).includes(key);
}

async function askProperties(interview: Interview, placed: PlacedNode, path: CasePath, target: Container): Promise<void> {
  const node = resolved(interview.schema, placed.node);
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const childPlaced = { node: child, pointer: `${placed.pointer}/properties/${key}` };
    const answered = target[key];
    // Asked again for what is missing (from the review): a mapping already begun is completed, anything else kept.
    if (answered !== null && typeof answered === "object" && !Array.isArray(answered)) {
      await askProperties(interview, childPlaced, [...path, key], answered as Container);
      continue;
    }
    if (answered !== undefined) continue; // answered, or an id assigned for the user
    await askField(interview, childPlaced, [...path, key], (node.required ?? []).includes(key), target);
    if (path.length === 0 && target[key] !== undefined) await interview.afterPart([key]);
  }
}

/** Asks for the field at path and puts the answer in target (its parent), or leaves it out. */
async function askField(interview: Interview, placed: PlacedNode, path: CasePath, required: boolean, target: Container): Promise<void> {
  const { schema, asker } = interview;
  const node = resolved(schema, placed.node);
  const key = path[path.length - 1];
  const put = (value: unknown) => {
    if (value === undefined) delete target[key];
    else target[key] = value;
  };
  const title = node.title ?? String(key);
  const help = node.description;

  if (node.const !== undefined) return put(node.const);
  if (isIdOrOwn(node)) return put(await askTerm(interview, placed, node, path)); // one term, changed at the review
  if (node.refersTo !== undefined) return put(await askReference(interview, node, path, required));
  if (node.oneOf) return put(await askOneOf(interview, placed, path, required));
  const type = typeOf(node);
  if (type === "object") {
    if (!required && !(await asker.ask({ kind: "confirm", path, title: `Add ${title}?`, help, initial: false }))) return put(undefined);
    const answer: Container = {};
    put(answer);
    await askCheckedObject(interview, placed, path, answer);
    return;
  }
  if (type === "array") return askList(interview, placed, path, required, target);
  if (node.enum) {
    const choices: Choice[] = node.enum.map((value) => ({ name: String(value), value }));
    return put(await asker.ask({ kind: "choice", path, title, help, choices: required ? choices : [...choices, LEAVE_OUT] }));
  }
  if (type === "boolean") {
    if (required) return put(await asker.ask({ kind: "confirm", path, title, help, initial: false }));
    const choices = [{ name: "yes", value: true }, { name: "no", value: false }, LEAVE_OUT];
    return put(await asker.ask({ kind: "choice", path, title, help, choices }));
  }
  const numeric = type === "number" || type === "integer";
  const parse = (text: string): unknown => (numeric ? Number(text) : text);
  const check = (text: string): string | undefined => {
    if (numeric && (text.trim() === "" || !Number.isFinite(Number(text)))) return "write a number, e.g. 180";
    return interview.check(placed.pointer, parse(text));
  };
  if (node.writeOnly) {
    const answer = await asker.ask({ kind: "secret", path, title, help, optional: !required, check });
    return put(answer === undefined ? undefined : parse(answer));
  }
  // The current answer is offered to keep, unless it names the complainant: then it is typed again.
  const current = target[key] === undefined || namesAComplainant(interview.data, String(target[key])) ? undefined : String(target[key]);
  const initial = current ?? (node.default !== undefined ? String(node.default) : undefined);
  const answer = await asker.ask({ kind: "text", path, title, help, optional: !required, initial, numeric, check });
  put(answer === undefined ? undefined : parse(answer));
}

const LEAVE_OUT: Choice = { name: "(leave it out)", value: undefined };

/** A reference: chosen from the ids already entered in the list the schema names. */
async function askReference(interview: Interview, node: SchemaNode, path: CasePath, required: boolean): Promise<unknown> {
  const ids = idsIn(interview.data, node.refersTo!);
  const title = node.title ?? String(path[path.length - 1]);
  if (ids.length === 0) {
    if (required) interview.asker.say(`No ${node.refersTo} entered yet, so "${title}" cannot be answered: change it at the review.`);
    return undefined;
  }
  if (typeOf(node) === "array") {
    const min = required ? (node.minItems ?? 1) : 0;
    const picked = await interview.asker.ask({ kind: "pick", path, title, help: node.description, choices: ids, min });
    return picked.length > 0 ? picked : undefined;
  }
  const choices: Choice[] = ids.map((id) => ({ name: id, value: id }));
  return interview.asker.ask({ kind: "choice", path, title, help: node.description, choices: required ? choices : [...choices, LEAVE_OUT] });
}

/** One of several shapes (an offence committed on a day, or over a period): chosen by the branches' titles. */
async function askOneOf(interview: Interview, placed: PlacedNode, path: CasePath, required: boolean): Promise<unknown> {
  const node = resolved(interview.schema, placed.node);
  const choices: Choice[] = node.oneOf!.map((branch, index) => ({ name: branch.title ?? `form ${index + 1}`, value: index }));
  const index = await interview.asker.ask({
    kind: "choice",
    path,
    title: node.title ?? String(path[path.length - 1]),
    help: node.description,
    choices: required ? choices : [...choices, LEAVE_OUT],
  });
  if (index === undefined) return undefined;
  const answer: Container = {};
  await askProperties(interview, { node: node.oneOf![index as number], pointer: `${placed.pointer}/oneOf/${String(index)}` }, path, answer);
  return answer;
}

/** A mapping's fields, then the mapping as a whole against its schema (a rule between fields), asked again until it fits. */
async function askCheckedObject(interview: Interview, placed: PlacedNode, path: CasePath, answer: Container): Promise<void> {
  for (;;) {
    await askProperties(interview, placed, path, answer);
    const problem = interview.check(placed.pointer, answer);
    if (problem === undefined) return;
    interview.asker.say(`${resolved(interview.schema, placed.node).title ?? "This part"}: ${problem}. Please answer it again.`);
    for (const key of Object.keys(answer)) if (key !== "id") delete answer[key];
  }
}

/** A list built one entry at a time ("Another offence?"), each entry's id assigned for the user. */
async function askList(interview: Interview, placed: PlacedNode, path: CasePath, required: boolean, target: Container): Promise<void> {
  const { schema, asker } = interview;
  const node = resolved(schema, placed.node);
  const key = path[path.length - 1];
  const items = resolved(schema, node.items ?? {});
  const itemTitle = items.title ?? "entry";
  const mustHaveOne = required && (node.minItems ?? 0) > 0;
  if (!mustHaveOne && !(await asker.ask({ kind: "confirm", path, title: `Add ${article(itemTitle)}?`, help: node.description, initial: false }))) {
    // A list the case must have may be empty (a case with no property).
    if (required) target[key] = [];
    else delete target[key];
    return;
  }
  const list: unknown[] = [];
  target[key] = list;
  do {
    await askEntry(interview, placed, path, list);
  } while (await asker.ask({ kind: "confirm", path, title: `Another ${itemTitle}?`, initial: false }));
}

/** One more entry at the end of a list, its id assigned for the user; the law checks run when it is done. */
async function askEntry(interview: Interview, placed: PlacedNode, path: CasePath, list: unknown[]): Promise<void> {
  const { schema, asker } = interview;
  const key = path[path.length - 1];
  const items = resolved(schema, resolved(schema, placed.node).items ?? {});
  const itemsPlaced = { node: resolved(schema, placed.node).items!, pointer: `${placed.pointer}/items` };
  const entryPath = [...path, list.length];
  if (isIdOrOwn(items)) list.push(await askTerm(interview, itemsPlaced, items, entryPath));
  else {
    const entry: Container = {};
    if (items.properties?.id?.$ref === "#/$defs/id" && typeof key === "string") {
      entry.id = nextId(list, key);
      asker.say(`This ${items.title ?? "entry"} is ${String(entry.id)}.`);
    }
    list.push(entry);
    await askCheckedObject(interview, itemsPlaced, entryPath, entry);
  }
  await interview.afterPart(entryPath);
}

/** The case's lists of entries (complainants, offences, property), each with its entries' name: what the review can add to. */
export function listsOfEntries(schema: CaseSchema): Array<{ key: string; entry: string }> {
  return Object.entries(schema.properties ?? {}).flatMap(([key, node]) => {
    const items = node.items ? resolved(schema, node.items) : undefined;
    return typeOf(node) === "array" && items && typeOf(items) === "object" ? [{ key, entry: items.title ?? key }] : [];
  });
}

/** Adds one entry to a top-level list from the review. */
export async function addEntry(interview: Interview, key: string): Promise<void> {
  const existing = interview.data[key];
  const list = Array.isArray(existing) ? existing : [];
  interview.data[key] = list;
  await askEntry(interview, { node: interview.schema.properties![key], pointer: `/properties/${key}` }, [key], list);
}

/** A term of a list that takes a library id or one written for the case. */
async function askTerm(interview: Interview, placed: PlacedNode, items: SchemaNode, path: CasePath): Promise<unknown> {
  const own = items.else!;
  const choices: Choice[] = [...items.then!.enum!.map((value) => ({ name: String(value), value })), { name: own.title ?? "your own", value: OWN }];
  const chosen = await interview.asker.ask({ kind: "choice", path, title: `Which ${items.title ?? "term"}?`, help: items.then!.description, choices });
  if (chosen !== OWN) return chosen;
  const answer: Container = {};
  await askProperties(interview, { node: own, pointer: `${placed.pointer}/else` }, path, answer);
  return answer;
}

const OWN = Symbol("own");

export function article(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}`;
}
