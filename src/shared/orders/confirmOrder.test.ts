import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../domain/exampleRecords.ts';
import type { Order } from '../domain/order.ts';
import { confirmOrder, orderConfirmationProblems } from './confirmOrder.ts';

const draft: Order = { ...exampleRecords.orders, status: 'draft', shipments: [] };
const account = exampleRecords.accounts;
const rep = { id: 'user-wang-li', role: 'rep' as const };
const now = '2026-03-11T01:00:00.000Z';
const clear = { onHold: false };

describe('order confirmation', () => {
  it.each<
    [
      string,
      Partial<Order>,
      Parameters<typeof orderConfirmationProblems>[0]['account'],
      boolean,
      string[],
    ]
  >([
    ['a complete order', {}, account, false, []],
    ['no customer', {}, undefined, false, ['noCustomer']],
    ['another customer', {}, { id: exampleRecords.contacts.id }, false, ['noCustomer']],
    ['no ship-to', { shipTo: undefined }, account, false, ['noShipTo']],
    ['no lines', { lines: [] }, account, false, ['noLines']],
    [
      'only zero quantities',
      { lines: draft.lines.map((l) => ({ ...l, quantityMilli: 0 })) },
      account,
      false,
      ['noLines'],
    ],
    ['credit hold', {}, account, true, ['creditHold']],
    [
      'everything wrong',
      { shipTo: undefined, lines: [] },
      undefined,
      true,
      ['noCustomer', 'noShipTo', 'noLines', 'creditHold'],
    ],
  ])('%s', (_label, changes, customer, onHold, expected) => {
    expect(
      orderConfirmationProblems({
        order: { ...draft, ...changes },
        account: customer,
        creditHold: { onHold },
      }),
    ).toEqual(expected);
  });

  it('confirms a complete draft', () => {
    expect(
      confirmOrder({ order: draft, account, creditHold: clear, actor: rep, now }),
    ).toMatchObject({
      status: 'confirmed',
      confirmedAt: now,
    });
  });

  it('throws the problems, and only confirms drafts', () => {
    expect(() =>
      confirmOrder({ order: draft, account, creditHold: { onHold: true }, actor: rep, now }),
    ).toThrow(
      expect.objectContaining({
        code: 'orderNotConfirmable',
        params: { number: draft.number, problems: 'creditHold' },
      }),
    );
    expect(() =>
      confirmOrder({
        order: { ...draft, status: 'confirmed' },
        account,
        creditHold: clear,
        actor: rep,
        now,
      }),
    ).toThrow(expect.objectContaining({ code: 'forbiddenTransition' }));
    expect(() =>
      confirmOrder({
        order: draft,
        account,
        creditHold: clear,
        actor: { id: 'f', role: 'finance' },
        now,
      }),
    ).toThrow(expect.objectContaining({ code: 'roleNotAllowed' }));
  });
});
