import { bankHolidayData, bankHolidaysCover } from "../case/businessDays";
import { shpoProcedureCitation } from "../law/lawTable";
import { defineRule } from "./types";

export default defineRule({
  id: "shpo-holiday-data",
  severity: "warning",
  citation: shpoProcedureCitation(),
  summary: "The notice's serve-by date counts business days with England and Wales bank holidays: outside the years the bank holiday data is trusted for, the date is warned of.",
  check({ case: theCase }) {
    if (theCase.applications?.shpo === undefined || bankHolidaysCover(theCase.hearing.date)) return [];
    return [
      {
        message: `the hearing date is outside the years (${bankHolidayData.firstYear} to ${bankHolidayData.lastYear}) for which ancillary's bank holiday data is complete, so the serve-by date in the notice may count a bank holiday as a business day`,
        path: ["hearing", "date"],
        hint: "check the serve-by date against the published England and Wales bank holidays before serving the notice",
      },
    ];
  },
});
