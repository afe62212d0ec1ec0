import { caseViewShape, type Shape } from "../../view/shape";
import type { RestrainingView } from "./viewTypes";

/** What the restraining order's templates may name, for `ancillary check`: tied to RestrainingView by the compiler. */
export const restrainingViewShape: Shape<RestrainingView> = {
  ...caseViewShape,
  restraining: {
    protectedPeople: [{ cipher: "text" }],
    protectedInWords: "text",
    severalProtected: "yes/no",
    until: "text",
    untilFurtherOrder: "yes/no",
    necessity: "text",
    terms: [{ number: "number", id: "text", text: "text", whom: "text" }],
  },
  law: {
    code: "text",
    power: "text",
    prohibits: "text",
    period: "text",
    necessity: "text",
    inAddition: "text",
    variation: "text",
    procedure: "text",
    anonymityAct: "text",
    anonymitySection: "text",
  },
};
