import { deprivationCitation } from "../../law/lawTable";
import { itemsAnOrderCouldTake } from "../items";
import { defineAction, type ActionReport } from "../types";

const WHY =
  "In deciding whether to make a deprivation order the court must have regard to the value of the property and to the likely financial " +
  "and other effects on the offender of making it.";

export default defineAction({
  id: "record-value-and-effects",
  citation: deprivationCitation("regard"),
  certainty: "secondary",
  summary: "An item an order could take with no value recorded, and a case that does not yet say what losing the items would mean for the defendant.",
  check({ case: theCase }) {
    const items = itemsAnOrderCouldTake(theCase);
    const values = items
      .filter((item) => item.value.value === undefined)
      .map((item): ActionReport => ({ item: item.ref, order: "deprivation", brief: "Record its value", action: `Find out and record what ${item.label} is worth.`, why: WHY }));
    const effects = theCase.applications?.deprivation?.effectsOnOffender;
    if (items.length === 0 || (effects !== undefined && effects.trim() !== "")) return values;
    return [
      ...values,
      {
        order: "deprivation",
        brief: "Record what losing the items would mean for the defendant",
        action: "Record what losing these items would mean for the defendant: the cost of replacing them, and any effect on work, study, family or anything else the court should weigh.",
        why: WHY,
      },
    ];
  },
});
