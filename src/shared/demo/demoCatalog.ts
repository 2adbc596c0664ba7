import type { CollectionRecord } from '../domain/collections.ts';
import { exampleRecords } from '../domain/exampleRecords.ts';
import { seededId } from './seededRandom.ts';

// Thousandths received per SKU when the demo company starts: enough for the demo orders.
const stockOnArrival: Record<string, number> = {
  'FB-SCN-200': 100_000,
  'FB-SCN-300': 40_000,
  'FB-PRN-100': 60_000,
  'FB-TAB-10': 25_000,
  'FB-DOCK-2': 200_000,
};

/**
 * The demo company's catalog: scanners, printers, tablets and docks in stock (received once by
 * the manager), and installation, training and a warranty sold as services.
 */
export function demoProducts({
  newId,
  managerId,
  createdAt,
  receivedAt,
}: {
  newId: () => string;
  managerId: string;
  createdAt: string;
  receivedAt: string;
}): CollectionRecord<'products'>[] {
  return [
    ['FB-SCN-200', '手持扫描枪', 'Handheld scanner', 129_900],
    ['FB-SCN-300', '工业扫描枪', 'Rugged scanner', 219_900],
    ['FB-PRN-100', '标签打印机', 'Label printer', 89_900],
    ['FB-TAB-10', '加固平板', 'Rugged tablet', 459_900],
    ['FB-DOCK-2', '充电座', 'Charging dock', 19_900],
    ['FB-SVC-INST', '现场安装', 'On-site installation', 80_000],
    ['FB-SVC-TRN', '培训（小时）', 'Training (hour)', 60_000],
    ['FB-WAR-3Y', '三年保修', '3-year warranty', 39_900],
  ].map(([sku, zh, en, price]) => {
    const productId = newId();
    // Chinese VAT: goods and repairs (the warranty) 13 %, installation 9 % (construction
    // services), training 6 % (modern services).
    const taxRateBps = sku === 'FB-SVC-INST' ? 900 : sku === 'FB-SVC-TRN' ? 600 : 1300;
    // Goods in stock, so demo orders are covered; installation, training and the warranty are
    // services, sold without stock.
    const received = stockOnArrival[String(sku)];
    const service = /^FB-(SVC|WAR)-/.test(String(sku));
    return {
      ...exampleRecords.products,
      id: productId,
      ownerId: managerId,
      createdAt,
      updatedAt: createdAt,
      sku: String(sku),
      name: { zh: String(zh), en: String(en) },
      unit: String(sku).includes('SVC-TRN') ? 'hour' : 'piece',
      kind: service ? ('service' as const) : ('goods' as const),
      taxRateBps,
      // Export price lists for the team's foreign customers, in whole dollars and euros.
      prices: [
        { amount: Number(price), currency: 'CNY' },
        { amount: Math.round(Number(price) / 7.2 / 100) * 100, currency: 'USD' },
        { amount: Math.round(Number(price) / 7.8 / 100) * 100, currency: 'EUR' },
      ],
      stockMovements:
        received === undefined
          ? []
          : [
              {
                id: `demo-receipt-${String(sku)}`,
                productId,
                kind: 'receipt' as const,
                quantityMilli: received,
                reference: `PO-${receivedAt.slice(0, 4)}-0001`,
                at: receivedAt,
                by: managerId,
              },
            ],
    };
  });
}

/**
 * The demo catalog as it stands before a sales year ending at `end`, with ids fixed for the
 * year's seed: for generating a year without a store (tests; the server seeds its own).
 */
export function demoCatalogBefore(end: string, managerId: string): CollectionRecord<'products'>[] {
  const createdMs = Date.parse(end) - 400 * 86_400_000;
  let counter = 0;
  return demoProducts({
    newId: () => seededId(createdMs, ++counter),
    managerId,
    createdAt: new Date(createdMs).toISOString(),
    receivedAt: new Date(createdMs + 5 * 86_400_000).toISOString(),
  });
}
