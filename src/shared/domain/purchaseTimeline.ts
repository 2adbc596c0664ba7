/** When the lead means to buy (the T of BANT), as asked at the booth or on the phone. */
export const purchaseTimelines = [
  'immediate',
  'within_3_months',
  'within_6_months',
  'within_12_months',
  'over_12_months',
  'unknown',
] as const;
export type PurchaseTimeline = (typeof purchaseTimelines)[number];
