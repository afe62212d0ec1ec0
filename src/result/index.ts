/**
 * The results sheet (`ancillary result`): what the court did on each order,
 * offence by offence, for the legal adviser or clerk to paste into the court
 * record. Not an order type: it drafts from the case's `outcome`, not from an
 * application, so it is listed here and `ancillary check` owns its templates
 * through `resultSheet.documents` beside the orders' documents.
 */
import type { OrderDocument } from "../orders/types";
import { buildResultView } from "./view";
import { resultViewShape } from "./viewShape";

export const resultSheet = {
  documents: [
    { template: "result.txt.hbs", fileName: "result.txt" },
    { template: "result.docx.hbs", fileName: "result.docx" },
  ] as ReadonlyArray<OrderDocument>,
  buildView: buildResultView,
  viewShape: resultViewShape,
};
