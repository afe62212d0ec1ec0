import { deprivationCitation } from "../../law/lawTable";
import { routesBeyondTheOrder } from "../../rules/support/otherRoutes";
import { planItems, remediesFor } from "../items";
import { defineAction } from "../types";

export default defineAction({
  id: "reach-online-copies",
  citation: deprivationCitation("propertyCondition"),
  certainty: "check",
  summary: "An online copy of the images that no order the case applies for deals with: record where it is and choose the order or report that will reach it.",
  check({ case: theCase, law, orders }) {
    return planItems(theCase)
      .filter((item) => item.value.holdsIntimateImages === true && item.nature === "online")
      // An order the case applies for whose terms deal with the copy has answered this action.
      .filter((item) => remediesFor(theCase, item.value, orders).length === 0)
      .map((item) => ({
        item: item.ref,
        brief: "Record where it is held online; choose the order or report to reach it",
        action: `Record where ${item.label} is held online (the service, and the account or address), and decide which order or report will reach it.`,
        why:
          "A deprivation order takes property seized from the offender or in their possession or control; whether an online account or cloud storage is property under the offender's control " +
          `has not been decided (check), and no order the case applies for deals with this copy. What can reach it: ${routesBeyondTheOrder(theCase, law)}.`,
      }));
  },
});
