import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isGroup, isList, type ShapeNode } from "../../src/view/shape";
import { deprivationViewShape } from "../../src/orders/deprivation/viewShape";
import { analyseCaseText } from "../../src/pipeline/analyse";
import { buildViewModel } from "../../src/orders/deprivation/view";
import { validCase } from "../support/cases";

const rootShape: ShapeNode = deprivationViewShape;

/**
 * The shape the check knows is tied to the ViewModel type by the compiler
 * (src/orders/deprivation/viewShape.ts). This test ties it to what the builder really
 * produces too: every key of a real view model, and nothing more, at every
 * level, each leaf of the right kind.
 */
function mismatches(value: unknown, shape: ShapeNode, path = "view model"): string[] {
  if (value === null) return [];
  if (isList(shape)) {
    if (!Array.isArray(value)) return [`${path} is not a list`];
    return value.flatMap((item, i) => mismatches(item, shape[0], `${path}[${i}]`));
  }
  if (isGroup(shape)) {
    if (typeof value !== "object" || Array.isArray(value)) return [`${path} is not a group`];
    const keys = Object.keys(value as object).sort();
    const known = Object.keys(shape).sort();
    const extra = keys.filter((k) => !known.includes(k)).map((k) => `${path}.${k} is not in the shape`);
    const absent = known.filter((k) => !keys.includes(k)).map((k) => `${path}.${k} is missing from the view model`);
    return [...extra, ...absent, ...known.filter((k) => keys.includes(k)).flatMap((k) => mismatches((value as Record<string, unknown>)[k], shape[k], `${path}.${k}`))];
  }
  const kind = { text: "string", number: "number", "yes/no": "boolean" }[shape];
  return typeof value === kind ? [] : [`${path} is a ${typeof value}, not ${shape}`];
}

const examplesDir = join(__dirname, "..", "..", "examples");

describe("the view model shape the check knows", () => {
  it.each(readdirSync(examplesDir).filter((f) => f.endsWith(".yaml")))("matches the view model built for %s", (file) => {
    const analysis = analyseCaseText(readFileSync(join(examplesDir, file), "utf8"));
    expect(mismatches(buildViewModel(analysis.case!), rootShape)).toEqual([]);
  });

  it("matches a view model whose lists are full and whose optional values are present", () => {
    const theCase = validCase();
    theCase.property[0].identifiers = { exhibit: "KT/1", imei: "356789104563218", serial: "R58N" };
    theCase.offences.push({ ...theCase.offences[0], id: "O2", conviction: undefined, takenIntoConsideration: true });
    const viewModel = buildViewModel(theCase);
    expect(viewModel.offences).toHaveLength(2);
    expect(mismatches(viewModel, rootShape)).toEqual([]);
  });

  it("finds a key the shape lacks", () => {
    const viewModel = { ...buildViewModel(validCase()), extra: "x" };
    expect(mismatches(viewModel, rootShape)).toEqual(["view model.extra is not in the shape"]);
  });
});
