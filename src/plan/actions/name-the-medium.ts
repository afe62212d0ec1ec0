import { authorityCitation } from "../../law/lawTable";
import { planItems } from "../items";
import { defineAction } from "../types";

export default defineAction({
  id: "name-the-medium",
  citation: authorityCitation("yourResponse"),
  certainty: "secondary",
  summary: "An item described as the images or files themselves: find the phone, drive, card or print that holds them and record that instead.",
  check({ case: theCase }) {
    return planItems(theCase)
      .filter((item) => item.value.holdsIntimateImages === true && item.nature === "information")
      .map((item) => ({
        item: item.ref,
        order: "deprivation",
        brief: "Find and record the phone, drive, card or print that holds it",
        action: `Find the phone, drive, card or print that holds ${item.label}, and record that thing as the item.`,
        why: "Information cannot be possessed apart from the medium that holds it (a civil case, relied on by analogy): an order names the phone, drive or print, not the image files.",
      }));
  },
});
