import { caseViewShape, offenceShape, type Shape } from "../view/shape";
import type { ResultView } from "./viewTypes";

const shpoTerm = { id: "text", text: "text", whom: "text" } as const;
const decision = { decision: "text", made: "yes/no", inPart: "yes/no", refused: "yes/no", adjourned: "yes/no", adjournedTo: "text", reasons: "text" } as const;

/** What the results sheet's templates may name, for `ancillary check`: tied to ResultView by the compiler. */
export const resultViewShape: Shape<ResultView> = {
  ...caseViewShape,
  result: {
    date: "text",
    nothingRecorded: "yes/no",
    offences: [
      {
        offence: offenceShape(),
        deprivation: { ...decision, property: [{ number: "number", description: "text", identifiers: { exhibit: "text", imei: "text", serial: "text" } }] },
        restraining: {
          ...decision,
          protectedInWords: "text",
          until: "text",
          untilFurtherOrder: "yes/no",
          terms: [{ number: "number", id: "text", text: "text", whom: "text" }],
        },
        shpo: {
          ...decision,
          until: "text",
          untilFurtherOrder: "yes/no",
          prohibitions: [shpoTerm],
          requirements: [shpoTerm],
        },
      },
    ],
  },
  law: { deprivation: "text", restraining: "text", restrainingPeriod: "text", shpo: "text" },
};
