import type { Case } from "../case/types";
import { orderTypes, ordersAppliedFor } from "../orders/index";
import type { OrderType } from "../orders/types";

/**
 * Why a rule-clean case still cannot be drafted, or undefined if it can. A case
 * may validate applying for no order (a warning), but an order over nothing
 * would be an empty document. A case that applies for nothing but yields a
 * document with no application (a platform report for content online) is
 * drafted: that document is the complainant's to send, whatever the
 * prosecution applies for.
 */
export function reasonNotDraftable(theCase: Case, orders: ReadonlyArray<OrderType> = orderTypes): string | undefined {
  if (ordersAppliedFor(theCase, orders).length > 0) return undefined;
  // Documents drafted with no application (the platform report) are not something to add.
  const applied = orders.flatMap((order) => (order.applicationName && order.appliedPath ? [{ name: order.applicationName, path: order.appliedPath }] : []));
  const each = applied.map((a) => a.name);
  const names = each.length > 1 ? `${each.slice(0, -1).join(", ")} or ${each[each.length - 1]}` : each.join("");
  const paths = applied.map((a) => a.path).join(", ");
  return `the case has no ${names} (${paths}), so there is no order to draft: add the items to apply for, or use \`ancillary validate\` to check the case alone`;
}
