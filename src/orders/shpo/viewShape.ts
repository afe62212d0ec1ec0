import { caseViewShape, type Shape } from "../../view/shape";
import type { ShpoView } from "./viewTypes";

/** What the sexual harm prevention order's templates may name, for `ancillary check`: tied to ShpoView by the compiler. */
export const shpoViewShape: Shape<ShpoView> = {
  ...caseViewShape,
  shpo: {
    listing: "text",
    until: "text",
    untilFurtherOrder: "yes/no",
    necessity: "text",
    prohibitions: [{ id: "text", text: "text", whom: "text" }],
    requirements: [{ id: "text", text: "text", whom: "text" }],
    libraryTerms: [{ id: "text", text: "text", whom: "text" }],
    unsettledTerms: "yes/no",
    serveBy: "text",
    businessDays: "number",
    serveByTrusted: "yes/no",
  },
  law: {
    code: "text",
    power: "text",
    mayRequire: "text",
    mayRequireFrom: "text",
    test: "text",
    listingSchedules: "text",
    breach: "text",
    discharge: "text",
    procedure: "text",
    rule2015: "text",
    internetTerms: "text",
    anonymityAct: "text",
  },
};
