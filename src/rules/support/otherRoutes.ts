import type { Case } from "../../case/types";
import { isOnOrAfter } from "../../case/dates";
import { otherOrderCitation, type LawTable } from "../../law/lawTable";
import { longDate } from "./text";

/**
 * What can reach intimate images that a deprivation order does not: each route
 * with the certainty docs/law.md gives it ([restraining], [restraining-terms],
 * [shpo], [shpo-test], [shpo-listing], [platform-report]). The platform report
 * is named only for hearings on or after the day it came into force.
 */
export function routesBeyondTheOrder(theCase: Case, law: LawTable): string {
  const { shpo, platformReport } = law.otherOrders;
  const routes = [
    `(1) restraining order terms forbidding the offender to share, post, publish or show the images (${otherOrderCitation("restraining")}; such an order can only forbid, so it cannot require deletion)`,
    `(2) a sexual harm prevention order where one is available, which since ${longDate(shpo.mayRequireFrom)} may require as well as forbid (${otherOrderCitation("shpo")}): ` +
      `it needs an offence listed in ${shpo.listing.schedules}, which ancillary does not confirm for any offence, so check the listing first`,
  ];
  if (isOnOrAfter(theCase.hearing.date, platformReport.inForce)) {
    routes.push(
      `(3) an ${platformReport.title} to the platform, made by the complainant or someone acting for them, after which the platform must take the content down within ${platformReport.hours} hours ` +
        `(${platformReport.act}, ${platformReport.section} and ${platformReport.takedownSection}, from ${longDate(platformReport.inForce)})`,
    );
  }
  return routes.join("; ");
}
