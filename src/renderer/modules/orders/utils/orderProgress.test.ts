import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../../../../shared/domain/exampleRecords.ts';
import type { Order } from '../../../../shared/domain/order.ts';
import { orderProgress } from './orderProgress.ts';

const template = exampleRecords.orders;
const [lineTemplate] = template.lines;
const line = (id: string, quantityMilli: number) =>
  ({ ...lineTemplate, id, quantityMilli }) as Order['lines'][number];
const [shipmentTemplate] = template.shipments;
const shipment = (lines: { orderLineId: string; quantityMilli: number }[]) =>
  ({ ...shipmentTemplate, lines }) as Order['shipments'][number];

function order(lines: Order['lines'], shipments: Order['shipments']) {
  return { lines, shipments };
}

describe('orderProgress', () => {
  it('weighs each line by its own share, not by summed quantities of different units', () => {
    // 20 scanners, half shipped; 2.5 hours of training, none yet.
    const progress = orderProgress(
      order(
        [line('scanners', 20_000), line('training', 2_500)],
        [shipment([{ orderLineId: 'scanners', quantityMilli: 10_000 }])],
      ),
    );
    expect(progress.share).toBe(0.25);
    expect(progress).toMatchObject({ ordered: 22_500, shipped: 10_000, linesShipped: 0, lines: 2 });
  });

  it('is whole once every line has shipped, and never above whole', () => {
    const progress = orderProgress(
      order(
        [line('a', 1_000), line('b', 3_000)],
        [
          shipment([
            { orderLineId: 'a', quantityMilli: 1_000 },
            { orderLineId: 'b', quantityMilli: 3_000 },
          ]),
          shipment([{ orderLineId: 'a', quantityMilli: 1_000 }]),
        ],
      ),
    );
    expect(progress.share).toBe(1);
    expect(progress.linesShipped).toBe(2);
    expect(progress.shipped).toBe(4_000);
  });

  it('says nothing has shipped on an order with no lines', () => {
    expect(orderProgress(order([], []))).toMatchObject({ share: 0, lines: 0 });
  });
});
