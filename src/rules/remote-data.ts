import type { PropertyItem } from "../case/types";
import { authorityCitation, deprivationCitation, type LawTable } from "../law/lawTable";
import { appliedItems, itemLabel } from "./support/caseIndex";
import { longDate } from "./support/text";
import { defineRule, type RuleReport } from "./types";

/** Words by which an `other` item describes an online account or storage rather than a thing. */
const ACCOUNT_WORDS = /(?<![\p{L}\p{N}])(account|accounts|cloud|icloud|online storage|google drive|google photos|onedrive|dropbox|mailbox)(?![\p{L}\p{N}])/iu;

function isRemote(item: PropertyItem): "kind" | "description" | undefined {
  if (item.kind === "cloud-account") return "kind";
  if (item.kind === "other" && ACCOUNT_WORDS.test(item.description)) return "description";
  return undefined;
}

function whatCanReachIt(law: LawTable): string {
  const restraining = law.otherOrders.restraining;
  const takedown = law.otherOrders.platformTakedown;
  return (
    `restraining order terms (${restraining.act}, ${restraining.section}) can forbid the offender to post or share the images, ` +
    `and a report to the platform brings its duty to take intimate image content down within ${takedown.hours} hours ` +
    `(${takedown.act}, as amended by the ${takedown.amendedBy}; in force from ${longDate(takedown.inForce)})`
  );
}

export default defineRule({
  id: "remote-data",
  severity: "error",
  citation: `${deprivationCitation("propertyCondition")}; ${authorityCitation("yourResponse")}`,
  summary: "An online account or cloud storage cannot be the subject of the order, which reaches a device or medium; use other orders for it.",
  check({ case: theCase, law }) {
    return appliedItems(theCase).flatMap(({ value: item, index }): RuleReport[] => {
      const how = isRemote(item);
      if (!how) return [];
      return [
        {
          message:
            `${itemLabel(theCase, index)} is ${how === "kind" ? "an online account or cloud storage" : "described as an online account or cloud storage"}: ` +
            `a deprivation order takes away rights in a device or medium, such as a phone, a drive or a printed photograph, not in files held on someone else's servers; ` +
            whatCanReachIt(law),
          path: ["property", index, how],
          hint: "take it out of the application and ask for restraining order terms and a platform report instead; keep in the application the devices that hold the images",
        },
      ];
    });
  },
});
