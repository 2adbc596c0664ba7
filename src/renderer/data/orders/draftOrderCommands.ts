import type { Account } from '../../../shared/domain/account.ts';
import type { Address } from '../../../shared/domain/addressSchema.ts';
import type { Order } from '../../../shared/domain/order.ts';
import { newId } from '../../../shared/ids/newId.ts';
import {
  addDraftOrderLine,
  assertDraftOrder,
  changeDraftOrderLineQuantity,
  removeDraftOrderLine,
  setDraftOrderShipTo,
} from '../../../shared/orders/editDraftOrder.ts';
import type { CommandContext } from '../records/recordStore.ts';
import { catalogOrderLine } from './catalogOrderLine.ts';

/** Changes to a draft order before it is confirmed: its lines and where it ships. */
export type DraftOrderCommands = {
  /** Adds a catalog product at the customer's price in the order's currency. */
  addLine(orderId: string, input: { productId: string; quantityMilli: number }): Promise<Order>;
  changeLineQuantity(orderId: string, lineId: string, quantityMilli: number): Promise<Order>;
  removeLine(orderId: string, lineId: string): Promise<Order>;
  /** Sets the ship-to address (and the bill-to, when the order has none). */
  setShipTo(orderId: string, shipTo: Address): Promise<Order>;
};

type OrderChange = (
  id: string,
  apply: (order: Order, now: Date) => Promise<Order> | Order,
) => Promise<Order>;

function cleanAddress(address: Address): Address {
  const text = (value: string | undefined) => {
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
  };
  const line2 = text(address.line2);
  const city = text(address.city);
  const region = text(address.region);
  const postalCode = text(address.postalCode);
  return {
    line1: address.line1.trim(),
    ...(line2 ? { line2 } : {}),
    ...(city ? { city } : {}),
    ...(region ? { region } : {}),
    ...(postalCode ? { postalCode } : {}),
    country: address.country.trim().toUpperCase(),
  };
}

/**
 * Draft-order commands, on top of the order commands' one write path (`change` validates the
 * result against the order schema and stamps it); each runs one shared rule that checks the
 * order is still a draft.
 */
export function createDraftOrderCommands({
  data,
  change,
  accountOf,
}: CommandContext & {
  change: OrderChange;
  accountOf: (id: string) => Promise<Account | undefined>;
}): DraftOrderCommands {
  return {
    addLine: (orderId, input) =>
      change(orderId, async (order, now) => {
        assertDraftOrder(order);
        const account = await accountOf(order.accountId);
        const at = now.toISOString();
        const line = await catalogOrderLine(data, {
          lineId: newId(now.getTime()),
          productId: input.productId,
          quantityMilli: input.quantityMilli,
          // A customer deleted since leaves list prices.
          ...(account ? { account } : {}),
          currency: order.currency,
          at,
        });
        return addDraftOrderLine({ order, line, now: at });
      }),

    changeLineQuantity: (orderId, lineId, quantityMilli) =>
      change(orderId, (order, now) =>
        changeDraftOrderLineQuantity({ order, lineId, quantityMilli, now: now.toISOString() }),
      ),

    removeLine: (orderId, lineId) =>
      change(orderId, (order, now) =>
        removeDraftOrderLine({ order, lineId, now: now.toISOString() }),
      ),

    setShipTo: (orderId, shipTo) =>
      change(orderId, (order, now) =>
        setDraftOrderShipTo({ order, shipTo: cleanAddress(shipTo), now: now.toISOString() }),
      ),
  };
}
