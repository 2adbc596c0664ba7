import { type Order, orderSchema } from '../../../shared/domain/order.ts';
import { newId } from '../../../shared/ids/newId.ts';
import { computeQuoteTotals } from '../../../shared/money/computeQuoteTotals.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { collectionOf } from '../records/recordStore.ts';

export type TestOrderLine = {
  description: string;
  /** Whole units. */
  quantity: number;
  /** Minor units. */
  unitPrice: number;
  taxRateBps?: number;
  discountBps?: number;
};

/**
 * A confirmed order for tests of invoicing, with shipments given as whole units per line
 * (`[[2, 0], [1, 1]]`: two shipments). Orders are part A's feature; invoicing only reads them.
 */
export function buildTestOrder(params: {
  ownerId: string;
  accountId: string;
  now: Date;
  number?: string;
  currency?: string;
  lines: readonly TestOrderLine[];
  shipments?: readonly (readonly number[])[];
  paymentTermsDays?: number;
  orderDiscountBps?: number;
}): Order {
  const at = params.now.toISOString();
  const ms = params.now.getTime();
  const lines = params.lines.map((line) => ({
    id: newId(ms),
    description: line.description,
    quantityMilli: line.quantity * 1000,
    unitPrice: line.unitPrice,
    discountBps: line.discountBps ?? 0,
    taxRateBps: line.taxRateBps ?? 1300,
  }));
  const currency = params.currency ?? 'CNY';
  const orderDiscountBps = params.orderDiscountBps ?? 0;
  const { subtotal, discount, tax, total } = computeQuoteTotals({
    lines,
    orderDiscountBps,
    currency,
  });
  const shipments = (params.shipments ?? []).map((quantities, index) => ({
    id: newId(ms),
    lines: quantities.flatMap((quantity, lineIndex) =>
      quantity > 0
        ? [{ orderLineId: lines[lineIndex]?.id ?? '', quantityMilli: quantity * 1000 }]
        : [],
    ),
    carrier: 'SF Express',
    trackingNumber: `SF${String(index + 1).padStart(10, '0')}`,
    shippedAt: at,
  }));
  return orderSchema.parse({
    id: newId(ms),
    ownerId: params.ownerId,
    createdAt: at,
    updatedAt: at,
    accountId: params.accountId,
    number: params.number ?? `SO-2026-T-${String(ms % 10_000).padStart(4, '0')}`,
    status: shipments.length > 0 ? 'in_fulfillment' : 'confirmed',
    currency,
    lines,
    orderDiscountBps,
    totals: { subtotal, discount, tax, total },
    confirmedAt: at,
    shipments,
    ...(params.paymentTermsDays === undefined ? {} : { paymentTermsDays: params.paymentTermsDays }),
  });
}

/** Stores an order as part A's commands would have. */
export async function insertTestOrder(data: FieldbookData, order: Order): Promise<Order> {
  await collectionOf(data, 'orders').insert(order);
  return order;
}
