import { authorityCitation } from "../../law/lawTable";
import { isExaminable, itemsAnOrderCouldTake } from "../items";
import { defineAction, type ActionReport } from "../types";

const WHY =
  "An order need not be confined to the unlawful material on an item, and the court may allow time for lawful material to be removed first " +
  "(R v Tan, as reported); the scope of an order is argued at the sentencing hearing, not afterwards (Daniels v R).";

export default defineAction({
  id: "record-lawful-material",
  citation: `${authorityCitation("tan")}; ${authorityCitation("daniels")}`,
  certainty: "secondary",
  summary: "A device or storage medium an order could take: ask what lawful material on it the defendant needs, and, once applied for, how it can be copied off first.",
  check({ case: theCase }) {
    const retrieval = theCase.applications?.deprivation?.retrieval;
    return itemsAnOrderCouldTake(theCase)
      .filter(isExaminable)
      .flatMap((item): ActionReport[] => {
        const lawful = item.value.lawfulMaterial;
        if (lawful === undefined) {
          return [
            {
              item: item.ref,
              order: "deprivation",
              brief: "Ask what lawful material on it the defendant needs",
              action: `Ask whether ${item.label} holds lawful material the defendant needs (family photographs, documents, contacts, work), and record the answer.`,
              why: WHY,
            },
          ];
        }
        if (item.applied && retrieval === undefined && lawful.trim() !== "") {
          return [
            {
              item: item.ref,
              order: "deprivation",
              brief: "Propose how and when its lawful material can be copied off",
              action: `Propose how, and within how many days, the lawful material on ${item.label} can be copied off before the item is disposed of.`,
              why: WHY,
            },
          ];
        }
        return [];
      });
  },
});
