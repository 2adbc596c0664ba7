import {
  agingTotals,
  collectedInPeriod,
  daysSalesOutstanding,
  orderToCashDays,
  overdueAmount,
  writtenOffInPeriod,
} from '../../../../shared/analytics/cashMetrics.ts';
import {
  backorderRate,
  onTimeDelivery,
  orderToShipDays,
} from '../../../../shared/analytics/fulfillmentMetrics.ts';
import {
  firstResponseTime,
  openTickets,
  slaAttainment,
} from '../../../../shared/analytics/serviceMetrics.ts';
import { agingBuckets } from '../../../../shared/billing/arAging.ts';
import { percentOf, type Section } from './dashboardModel.ts';
import type { SectionInput } from './salesSections.ts';

export function fulfillmentSection({ records, period }: SectionInput): Section {
  const shipDays = orderToShipDays({ orders: records.orders, period });
  const backorders = backorderRate({ orders: records.orders, period });
  const onTime = onTimeDelivery({ orders: records.orders, period });
  return {
    id: 'fulfillment',
    tiles: [
      {
        id: 'orderToShip',
        value: { kind: 'days', value: shipDays.meanDays },
        drill: { collection: 'orders', ids: shipDays.ids },
      },
      {
        id: 'backorderRate',
        value: percentOf(backorders),
        ratio: backorders,
        drill: { collection: 'orders', ids: backorders.ids },
      },
      {
        id: 'onTimeDelivery',
        value: percentOf(onTime),
        ratio: onTime,
        drill: { collection: 'orders', ids: [...onTime.onTimeIds, ...onTime.lateIds] },
      },
    ],
    charts: [],
  };
}

export function cashSection(
  input: SectionInput & { bucketLabel: (bucket: string) => string },
): Section {
  const { records, period, reporting, today, bucketLabel } = input;
  const { invoices, orders } = records;
  const money = (amount: number) => ({
    kind: 'money' as const,
    amount,
    currency: reporting.currency,
  });
  const dso = daysSalesOutstanding({ invoices, period, reporting });
  const collected = collectedInPeriod({ invoices, period, reporting });
  const overdue = overdueAmount({ invoices, today, reporting });
  const writtenOff = writtenOffInPeriod({ invoices, period, reporting });
  const cycle = orderToCashDays({ orders, invoices, period });
  const aging = agingTotals({ invoices, today, reporting });
  return {
    id: 'cash',
    tiles: [
      {
        id: 'dso',
        value: { kind: 'days', value: dso.days },
        drill: { collection: 'invoices', ids: dso.receivables.ids },
        excluded: dso.receivables.excluded + dso.sales.excluded,
      },
      {
        id: 'creditSales',
        value: money(dso.sales.amount),
        drill: { collection: 'invoices', ids: dso.sales.ids },
      },
      {
        id: 'collected',
        value: money(collected.amount),
        drill: { collection: 'invoices', ids: collected.ids },
        excluded: collected.excluded,
      },
      {
        id: 'overdue',
        value: money(overdue.amount),
        drill: { collection: 'invoices', ids: overdue.ids },
        excluded: overdue.excluded,
      },
      {
        id: 'writtenOff',
        value: money(writtenOff.amount),
        drill: { collection: 'invoices', ids: writtenOff.ids },
      },
      {
        id: 'orderToCash',
        value: { kind: 'days', value: cycle.meanDays },
        drill: { collection: 'orders', ids: cycle.ids },
      },
    ],
    charts: [
      {
        id: 'arAging',
        type: 'bar',
        valueKind: 'money',
        currency: reporting.currency,
        rows: agingBuckets.map((bucket) => ({
          key: bucket,
          label: bucketLabel(bucket),
          value: aging[bucket],
        })),
      },
    ],
  };
}

export function serviceSection({ records, period }: SectionInput): Section {
  const open = openTickets(records.tickets);
  const sla = slaAttainment({ tickets: records.tickets, period });
  const response = firstResponseTime({ tickets: records.tickets, period });
  return {
    id: 'service',
    tiles: [
      {
        id: 'openTickets',
        value: { kind: 'count', value: open.length },
        drill: { collection: 'tickets', ids: open },
      },
      {
        id: 'slaAttainment',
        value: percentOf(sla),
        ratio: sla,
        drill: { collection: 'tickets', ids: [...sla.metIds, ...sla.breachedIds] },
      },
      {
        id: 'firstResponse',
        value: { kind: 'minutes', value: response.medianMinutes },
        drill: { collection: 'tickets', ids: response.ids },
      },
    ],
    charts: [],
  };
}
