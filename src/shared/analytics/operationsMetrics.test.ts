import { describe, expect, it } from 'vitest';
import { backorderRate, onTimeDelivery, orderToShipDays } from './fulfillmentMetrics.ts';
import { approvalTurnaround, averageDiscountBps, quoteAcceptanceRate } from './quoteMetrics.ts';
import { firstResponseTime, openTickets, slaAttainment } from './serviceMetrics.ts';

const november = { start: '2026-11-01T00:00:00.000Z', end: '2026-12-01T00:00:00.000Z' };

describe('quote metrics', () => {
  type Shape = Parameters<typeof quoteAcceptanceRate>[0]['quotes'][number];
  const quote = (id: string, partial: Partial<Shape>): Shape => ({
    id,
    status: 'sent',
    sentAt: '2026-11-03T10:00:00.000Z',
    totals: { subtotal: 100_000, discount: 0, tax: 0, total: 100_000 },
    ...partial,
  });
  const quotes = [
    quote('Q1', {
      status: 'accepted',
      totals: { subtotal: 100_000, discount: 10_000, tax: 0, total: 90_000 },
    }),
    quote('Q2', {
      status: 'rejected',
      totals: { subtotal: 50_000, discount: 2_500, tax: 0, total: 47_500 },
    }),
    quote('Q3', {}),
    quote('Q4', { status: 'accepted', sentAt: '2026-10-20T10:00:00.000Z' }),
    quote('Q5', {
      status: 'draft',
      sentAt: undefined,
      approval: {
        requestedBy: 'rep',
        requestedAt: '2026-11-02T08:00:00.000Z',
        decidedAt: '2026-11-02T12:00:00.000Z',
        decision: 'approved',
        decidedBy: 'mgr',
      },
    }),
    quote('Q6', {
      approval: {
        requestedBy: 'rep',
        requestedAt: '2026-11-04T08:00:00.000Z',
        decidedAt: '2026-11-05T08:00:00.000Z',
        decision: 'approved',
        decidedBy: 'mgr',
      },
    }),
  ];

  it('counts acceptance among quotes sent in the period', () => {
    // Sent in November: Q1, Q2, Q3, Q6; accepted: Q1 (Q4 was sent in October).
    expect(quoteAcceptanceRate({ quotes, period: november })).toMatchObject({
      numerator: 1,
      denominator: 4,
      value: 0.25,
    });
  });

  it('averages discount shares quote by quote', () => {
    // Q1 10 %, Q2 5 %, Q3 0 %, Q6 0 % → 3.75 % = 375 bps.
    expect(averageDiscountBps({ quotes, period: november })).toBe(375);
    expect(averageDiscountBps({ quotes: [], period: november })).toBeUndefined();
  });

  it('measures approval turnaround in hours', () => {
    // 4 h and 24 h.
    expect(approvalTurnaround({ quotes, period: november })).toEqual({
      medianHours: 14,
      meanHours: 14,
      ids: ['Q5', 'Q6'],
    });
  });
});

describe('fulfilment metrics', () => {
  type Shape = Parameters<typeof backorderRate>[0]['orders'][number];
  const lines = [
    {
      id: 'l1',
      description: 'Pump',
      unit: 'piece' as const,
      quantityMilli: 10_000,
      unitPrice: 100,
      discountBps: 0,
      taxRateBps: 0,
    },
  ];
  const order = (id: string, partial: Partial<Shape>): Shape => ({
    id,
    status: 'fulfilled',
    confirmedAt: '2026-11-02T08:00:00.000Z',
    requestedDeliveryDate: '2026-11-10',
    lines,
    shipments: [],
    ...partial,
  });
  const ship = (id: string, quantityMilli: number, shippedAt: string, deliveredAt?: string) => ({
    id,
    lines: [{ orderLineId: 'l1', quantityMilli }],
    shippedAt,
    ...(deliveredAt ? { deliveredAt } : {}),
  });
  const orders = [
    // All at once, 2 days after confirmation, delivered on the 9th: on time.
    order('O1', {
      shipments: [ship('s1', 10_000, '2026-11-04T08:00:00.000Z', '2026-11-09T08:00:00.000Z')],
    }),
    // Split: 4 days to the first box, the rest arrived late on the 12th.
    order('O2', {
      shipments: [
        ship('s2', 6_000, '2026-11-06T08:00:00.000Z', '2026-11-08T08:00:00.000Z'),
        ship('s3', 4_000, '2026-11-11T08:00:00.000Z', '2026-11-12T08:00:00.000Z'),
      ],
    }),
    // Confirmed, nothing shipped yet.
    order('O3', { status: 'confirmed' }),
    order('O4', { status: 'cancelled', shipments: [] }),
  ];

  it('measures confirmation to first shipment', () => {
    expect(orderToShipDays({ orders, period: november })).toEqual({
      meanDays: 3,
      ids: ['O1', 'O2'],
    });
  });

  it('counts orders whose first shipment could not send everything', () => {
    expect(backorderRate({ orders, period: november })).toMatchObject({
      numerator: 1,
      denominator: 2,
      ids: ['O2'],
    });
  });

  it('compares the last delivery with the requested date', () => {
    expect(onTimeDelivery({ orders, period: november })).toMatchObject({
      value: 0.5,
      onTimeIds: ['O1'],
      lateIds: ['O2'],
    });
  });
});

describe('service metrics', () => {
  type Shape = Parameters<typeof slaAttainment>[0]['tickets'][number];
  const ticket = (id: string, status: Shape['status'], sla: Shape['sla']): Shape => ({
    id,
    status,
    createdAt: '2026-11-10T08:00:00.000Z',
    sla,
  });
  const due = {
    firstResponseDueAt: '2026-11-10T12:00:00.000Z',
    resolutionDueAt: '2026-11-12T08:00:00.000Z',
  };
  const tickets = [
    ticket('T1', 'resolved', {
      ...due,
      firstRespondedAt: '2026-11-10T09:00:00.000Z',
      resolvedAt: '2026-11-11T08:00:00.000Z',
    }),
    // Answered late (5 h), resolved in time: breached.
    ticket('T2', 'closed', {
      ...due,
      firstRespondedAt: '2026-11-10T13:00:00.000Z',
      resolvedAt: '2026-11-11T09:00:00.000Z',
    }),
    ticket('T3', 'in_progress', { ...due, firstRespondedAt: '2026-11-10T10:00:00.000Z' }),
    ticket('T4', 'new', due),
  ];

  it('lists open tickets and SLA attainment of those resolved in the period', () => {
    expect(openTickets(tickets)).toEqual(['T3', 'T4']);
    expect(slaAttainment({ tickets, period: november })).toMatchObject({
      value: 0.5,
      metIds: ['T1'],
      breachedIds: ['T2'],
    });
  });

  it('measures first response time', () => {
    // 60, 300 and 120 minutes.
    expect(firstResponseTime({ tickets, period: november })).toEqual({
      medianMinutes: 120,
      meanMinutes: 160,
      ids: ['T1', 'T2', 'T3'],
    });
  });
});
