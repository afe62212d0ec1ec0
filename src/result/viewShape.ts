import { caseViewShape, offenceShape, type Shape } from "../view/shape";
import type { ResultView } from "./viewTypes";

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
      },
    ],
  },
  law: { deprivation: "text", restraining: "text", restrainingPeriod: "text" },
};
