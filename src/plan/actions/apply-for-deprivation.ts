import { authorityCitation, deprivationCitation } from "../../law/lawTable";
import { itemsAnOrderCouldTake } from "../items";
import { defineAction } from "../types";

export default defineAction({
  id: "apply-for-deprivation",
  citation: `${deprivationCitation("availability")}; ${authorityCitation("cpsGuidance")}`,
  certainty: "secondary",
  summary: "An item an order could take that no deprivation application lists: plan to apply for it, with its evidence, for the sentencing hearing.",
  check({ case: theCase }) {
    const convicted = theCase.offences.some((offence) => offence.conviction !== undefined);
    const when = convicted ? "For the sentencing hearing" : "If the defendant is convicted";
    return itemsAnOrderCouldTake(theCase)
      .filter((item) => !item.applied)
      .map((item) => ({
        item: item.ref,
        order: "deprivation",
        brief: convicted ? "Apply for a deprivation order over it, with its evidence" : "If convicted, apply for a deprivation order over it",
        action: `${when}, apply for a deprivation order over ${item.label}, and serve the application with its evidence in good time for its scope to be argued at the hearing.`,
        why:
          "The order is available to the court by or before which the offender is convicted, and the CPS has told prosecutors to consider it early in their case strategy. " +
          "No rule setting a time to serve a deprivation application has been found (check), so no date is given.",
      }));
  },
});
