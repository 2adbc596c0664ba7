import type { Order } from '../domain/order.ts';
import { remainingToShip } from '../orders/shipments.ts';
import { daysFromTo, inPeriod, type Period } from './period.ts';
import { mean, type Ratio, ratio } from './ratio.ts';

type MetricOrder = Pick<
  Order,
  'id' | 'status' | 'confirmedAt' | 'requestedDeliveryDate' | 'lines' | 'shipments'
>;

const confirmedIn = (orders: readonly MetricOrder[], period: Period) =>
  orders.filter((order) => order.status !== 'cancelled' && inPeriod(order.confirmedAt, period));

function shipTimes(order: MetricOrder): string[] {
  return order.shipments.flatMap((shipment) =>
    shipment.shippedAt === undefined ? [] : [shipment.shippedAt],
  );
}

/** Mean days from confirmation to the first shipment, for orders confirmed in the period. */
export function orderToShipDays({
  orders,
  period,
}: {
  orders: readonly MetricOrder[];
  period: Period;
}): { meanDays: number | undefined; ids: string[] } {
  const days: number[] = [];
  const ids: string[] = [];
  for (const order of confirmedIn(orders, period)) {
    const first = shipTimes(order).sort()[0];
    if (first === undefined || order.confirmedAt === undefined) continue;
    ids.push(order.id);
    days.push(Math.max(0, daysFromTo(order.confirmedAt, first)));
  }
  return { meanDays: mean(days), ids };
}

/**
 * Backorder rate: of the orders confirmed in the period that have shipped, the share whose first
 * shipment could not send everything (the rest waited for stock).
 */
export function backorderRate({
  orders,
  period,
}: {
  orders: readonly MetricOrder[];
  period: Period;
}): Ratio & { ids: string[] } {
  const shipped = confirmedIn(orders, period).filter((order) => shipTimes(order).length > 0);
  const ids = shipped
    .filter((order) => {
      const [first] = [...order.shipments]
        .filter((shipment) => shipment.shippedAt !== undefined)
        .sort((a, b) => (a.shippedAt ?? '').localeCompare(b.shippedAt ?? ''));
      if (first === undefined) return false;
      const rest = remainingToShip({ lines: order.lines, shipments: [first] });
      return Object.values(rest).some((quantity) => quantity > 0);
    })
    .map((order) => order.id);
  return { ...ratio(ids.length, shipped.length), ids };
}

/** When the order's goods arrived: the last delivery (or shipment, if deliveries are not recorded). */
function completedOn(order: MetricOrder): string | undefined {
  if (order.status !== 'fulfilled' && order.status !== 'closed') return undefined;
  const times = order.shipments.flatMap((shipment) => {
    const at = shipment.deliveredAt ?? shipment.shippedAt;
    return at === undefined ? [] : [at];
  });
  return times.sort().at(-1);
}

/**
 * On-time delivery: of the orders with a requested date completed in the period, the share whose
 * last delivery came on or before the requested day.
 */
export function onTimeDelivery({
  orders,
  period,
}: {
  orders: readonly MetricOrder[];
  period: Period;
}): Ratio & { onTimeIds: string[]; lateIds: string[] } {
  const onTimeIds: string[] = [];
  const lateIds: string[] = [];
  for (const order of orders) {
    const done = completedOn(order);
    if (done === undefined || order.requestedDeliveryDate === undefined) continue;
    if (!inPeriod(done, period)) continue;
    if (done.slice(0, 10) <= order.requestedDeliveryDate) onTimeIds.push(order.id);
    else lateIds.push(order.id);
  }
  return { ...ratio(onTimeIds.length, onTimeIds.length + lateIds.length), onTimeIds, lateIds };
}
