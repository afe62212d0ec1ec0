import { authorityCitation, deprivationCitation } from "../../law/lawTable";
import { isExaminable, itemsAnOrderCouldTake } from "../items";
import { defineAction, type ActionReport } from "../types";

export default defineAction({
  id: "examine-for-evidence-of-use",
  citation: `${authorityCitation("wrightHadley")}; ${deprivationCitation("purposeCondition")}`,
  certainty: "secondary",
  summary: "An item an order could take with no evidence of its use for an offence: have it examined (or, for prints, record what shows their use).",
  check({ case: theCase }) {
    return itemsAnOrderCouldTake(theCase).flatMap((item): ActionReport[] => {
      const evidence = item.value.use?.evidence;
      if (evidence !== undefined && evidence.trim() !== "") return [];
      const action = isExaminable(item)
        ? `Have ${item.label} forensically examined, and record what the examination finds about its use for the offence: what was taken, sent, stored or shared with it, and when.`
        : `Record what shows that ${item.label} was used, or intended by the defendant to be used, for the offence: who was shown or sent the prints, and where they were found.`;
      const brief = isExaminable(item) ? "Have it examined for evidence of its use for the offence" : "Record what shows the prints were used for the offence";
      return [
        {
          item: item.ref,
          order: "deprivation",
          brief,
          action,
          why:
            `The court must be satisfied that each item was used, or intended by the offender to be used, to commit or facilitate an offence, ` +
            `and the prosecution proves that item by item to the criminal standard; an order over devices no one had examined was set aside as to them (R v Wright-Hadley, as reported).`,
        },
      ];
    });
  },
});
