/** How a message names the order recorded under each key of `outcome.orders`. */
const ORDER_NAMES: Record<string, string> = {
  deprivation: "deprivation order",
  restraining: "restraining order",
  shpo: "sexual harm prevention order",
};

/** "sexual harm prevention order", for a list after "the". */
export const orderName = (key: string): string => ORDER_NAMES[key] ?? `${key} order`;

/** "the sexual harm prevention order" for `shpo`; an unknown key as "the <key> order". */
export const theOrder = (key: string): string => `the ${orderName(key)}`;
