import type { PropertyItem } from "./types";

/** Why an item is not to be asked to be destroyed, or undefined if it may be: shared by the rule that warns and the documents that ask. */
export type KeptFromDestruction = "no-images" | "other-owner" | "owner-unknown";

/**
 * Destruction is asked only for an item that holds intimate images and is the
 * offender's alone: never for one another person owns or may own, whose
 * position the court needs first.
 */
export function reasonNotDestroyed(item: Pick<PropertyItem, "ownership" | "holdsIntimateImages">): KeptFromDestruction | undefined {
  if (item.ownership === "joint" || item.ownership === "third-party") return "other-owner";
  if (item.ownership !== "offender") return "owner-unknown";
  if (item.holdsIntimateImages !== true) return "no-images";
  return undefined;
}
