import { dateOf } from '../../../shared/billing/calendarDate.ts';
import type { Account } from '../../../shared/domain/account.ts';
import { DomainError } from '../../../shared/domain/DomainError.ts';
import type { LineItem } from '../../../shared/domain/lineItemSchema.ts';
import { type Order, orderSchema, type Shipment } from '../../../shared/domain/order.ts';
import type { Quote } from '../../../shared/domain/quote.ts';
import { newId } from '../../../shared/ids/newId.ts';
import { cancelOrder, cancelUnshippedRest } from '../../../shared/orders/cancelOrder.ts';
import {
  type ConfirmationProblem,
  confirmOrder,
  orderConfirmationProblems,
} from '../../../shared/orders/confirmOrder.ts';
import { createOrder, createOrderFromQuote } from '../../../shared/orders/createOrder.ts';
import {
  markShipmentDelivered,
  orderStatusAfterShipments,
  recordShipment,
} from '../../../shared/orders/shipments.ts';
import { assertOrderTransition } from '../../../shared/workflow/orderWorkflow.ts';
import { allocateDeviceNumber } from '../records/deviceDocumentNumber.ts';
import { parseRecord } from '../records/RecordValidationError.ts';
import {
  type CommandContext,
  collectionOf,
  findDocument,
  plainRecord,
  replaceDocument,
  withoutUndefined,
} from '../records/recordStore.ts';
import { catalogOrderLine } from './catalogOrderLine.ts';
import { creditHoldOf } from './creditHoldOf.ts';
import { createDraftOrderCommands, type DraftOrderCommands } from './draftOrderCommands.ts';

export type ShipmentInput = {
  lines: { orderLineId: string; quantityMilli: number }[];
  carrier?: string;
  trackingNumber?: string;
  /** `YYYY-MM-DD`; today when absent. */
  shippedOn?: string;
  deliveredOn?: string;
  note?: string;
};

export type DirectOrderInput = {
  accountId: string;
  currency: string;
  lines: { productId: string; quantityMilli: number }[];
};

export type OrderCommands = DraftOrderCommands & {
  /** One step from an accepted quote: lines, prices and terms copied, the link kept. */
  createFromQuote(quoteId: string): Promise<Order>;
  createOrder(input: DirectOrderInput): Promise<Order>;
  /** What stops the order from being confirmed now (customer, ship-to, lines, credit hold). */
  confirmationProblems(orderId: string): Promise<ConfirmationProblem[]>;
  confirm(orderId: string): Promise<Order>;
  recordShipment(orderId: string, input: ShipmentInput): Promise<Order>;
  markDelivered(orderId: string, shipmentId: string, deliveredOn: string): Promise<Order>;
  cancel(orderId: string, reason: string): Promise<Order>;
  /** A manager cuts a partly shipped order down to what has shipped. */
  cancelRest(orderId: string, reason: string): Promise<Order>;
  /**
   * Moves an in-fulfillment order on to fulfilled when everything has shipped: two devices
   * that each shipped part of it offline both left it in fulfillment.
   */
  completeFulfillment(orderId: string): Promise<Order>;
  close(orderId: string): Promise<Order>;
};

function clean(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}

/** Order commands: each runs one shared rule, validates the result and writes it. */
export function createOrderCommands({ data, clock, user }: CommandContext): OrderCommands {
  const orders = () => collectionOf(data, 'orders');

  // A picked calendar day becomes a timestamp: now when it is today, else the day's start (UTC).
  const stamp = (day: string | undefined, now: Date): string => {
    const at = now.toISOString();
    if (day === undefined || day === dateOf(at)) return at;
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(day)) throw new DomainError('invalidDate', { value: day });
    return `${day}T00:00:00.000Z`;
  };

  async function accountOf(id: string): Promise<Account | undefined> {
    const doc = await collectionOf(data, 'accounts').findOne(id).exec();
    return doc ? plainRecord<Account>(doc._data) : undefined;
  }

  async function insert(order: Order): Promise<Order> {
    const record = withoutUndefined(parseRecord<Order>('order', orderSchema, order));
    await orders().insert(record);
    return record;
  }

  async function change(id: string, apply: (order: Order, now: Date) => Promise<Order> | Order) {
    const doc = await findDocument(data, 'orders', id);
    const current = plainRecord<Order>(doc._data);
    const now = clock();
    const next = await apply({ ...current, shipments: current.shipments ?? [] }, now);
    const record = withoutUndefined(
      parseRecord<Order>('order', orderSchema, {
        ...next,
        id,
        ownerId: current.ownerId,
        createdAt: current.createdAt,
        updatedAt: now.toISOString(),
      }),
    );
    return replaceDocument(doc, record);
  }

  async function problemsOf(order: Order, now: Date): Promise<ConfirmationProblem[]> {
    const account = await accountOf(order.accountId);
    const creditHold = account ? await creditHoldOf(data, account, now) : { onHold: false };
    return orderConfirmationProblems({ order, account, creditHold });
  }

  return {
    ...createDraftOrderCommands({ data, clock, user, change, accountOf }),

    async createFromQuote(quoteId) {
      const quote = plainRecord<Quote>((await findDocument(data, 'quotes', quoteId))._data);
      const now = clock();
      const account = await accountOf(quote.accountId);
      return insert(
        createOrderFromQuote({
          quote,
          ...(account ? { account } : {}),
          orderId: newId(now.getTime()),
          number: await allocateDeviceNumber(data, now, 'order'),
          actor: user,
          now: now.toISOString(),
        }),
      );
    },

    async createOrder(input) {
      const account = plainRecord<Account>(
        (await findDocument(data, 'accounts', input.accountId))._data,
      );
      const now = clock();
      const at = now.toISOString();
      const lines: LineItem[] = [];
      for (const [index, wanted] of input.lines.entries()) {
        lines.push(
          await catalogOrderLine(data, {
            lineId: newId(now.getTime() + index),
            productId: wanted.productId,
            quantityMilli: wanted.quantityMilli,
            account,
            currency: input.currency,
            at,
          }),
        );
      }
      return insert(
        createOrder({
          account,
          orderId: newId(now.getTime()),
          number: await allocateDeviceNumber(data, now, 'order'),
          currency: input.currency,
          lines,
          actor: user,
          now: at,
        }),
      );
    },

    async confirmationProblems(orderId) {
      const order = plainRecord<Order>((await findDocument(data, 'orders', orderId))._data);
      return problemsOf({ ...order, shipments: order.shipments ?? [] }, clock());
    },

    confirm: (orderId) =>
      change(orderId, async (order, now) => {
        const account = await accountOf(order.accountId);
        const creditHold = account ? await creditHoldOf(data, account, now) : { onHold: false };
        return confirmOrder({ order, account, creditHold, actor: user, now: now.toISOString() });
      }),

    recordShipment: (orderId, input) =>
      change(orderId, (order, now) => {
        const shipment: Shipment = withoutUndefined({
          id: newId(now.getTime()),
          lines: input.lines.filter((line) => line.quantityMilli > 0),
          carrier: clean(input.carrier),
          trackingNumber: clean(input.trackingNumber),
          shippedAt: stamp(input.shippedOn, now),
          deliveredAt: input.deliveredOn ? stamp(input.deliveredOn, now) : undefined,
          note: clean(input.note),
        });
        if (shipment.lines.length === 0) {
          throw new DomainError('invalidLine', { line: 1, field: 'quantity', value: '0' });
        }
        return recordShipment({ order, shipment, actor: user, now: now.toISOString() });
      }),

    markDelivered: (orderId, shipmentId, deliveredOn) =>
      change(orderId, (order, now) =>
        markShipmentDelivered({ order, shipmentId, deliveredAt: stamp(deliveredOn, now) }),
      ),

    cancel: (orderId, reason) =>
      change(orderId, (order, now) =>
        cancelOrder({ order, actor: user, reason, now: now.toISOString() }),
      ),

    cancelRest: (orderId, reason) =>
      change(orderId, (order, now) =>
        cancelUnshippedRest({ order, actor: user, reason, now: now.toISOString() }),
      ),

    completeFulfillment: (orderId) =>
      change(orderId, (order, now) => {
        if (order.status !== 'in_fulfillment' || orderStatusAfterShipments(order) !== 'fulfilled') {
          throw new DomainError('forbiddenTransition', {
            workflow: 'order',
            from: order.status,
            to: 'fulfilled',
            role: user.role,
          });
        }
        assertOrderTransition({ from: order.status, to: 'fulfilled', role: user.role });
        return { ...order, status: 'fulfilled', updatedAt: now.toISOString() };
      }),

    close: (orderId) =>
      change(orderId, (order, now) => {
        assertOrderTransition({ from: order.status, to: 'closed', role: user.role });
        return { ...order, status: 'closed', updatedAt: now.toISOString() };
      }),
  };
}
