import type { LineItem } from '../domain/lineItemSchema.ts';
import type { Order } from '../domain/order.ts';
import { type Product, tracksStock } from '../domain/product.ts';
import { catalogLineItem } from '../quotes/editQuote.ts';
import { iso } from './salesYearFulfilment.ts';
import type { SeededRandom } from './seededRandom.ts';

// The demo year sells the demo company's catalog: lines name the product, its price and VAT, and
// the goods it ships come out of stock the manager restocks every month (see generateSalesYear).

// A demo line at the catalog's CNY list price, named in Chinese, as a rep's quote builder adds it.
function catalogLine(
  product: Product,
  lineId: string,
  units: number,
  discountBps: number,
  today: string,
) {
  return catalogLineItem({
    product,
    currency: 'CNY',
    language: 'zh-CN',
    today,
    lineId,
    quantityMilli: units * 1000,
    discountBps,
  });
}

/**
 * A deal's two lines from the catalog: goods, then usually a service that goes with them
 * (installation, hours of training, the warranty for each unit), else more goods.
 */
export function catalogLines(
  random: SeededRandom,
  products: readonly Product[],
  ids: readonly [string, string],
  today: string,
): LineItem[] {
  const goods = products.filter(tracksStock);
  const services = products.filter((product) => !tracksStock(product));
  const first = random.pick(goods);
  const units = random.int(1, 40);
  const discount = () => random.pick([0, 0, 300, 500, 1000, 1500]);
  const lines = [catalogLine(first, ids[0], units, discount(), today)];
  if (services.length > 0 && random.chance(0.6)) {
    const service = random.pick(services);
    const quantity =
      service.unit === 'hour' ? random.int(4, 16) : /WAR/.test(service.sku) ? units : 1;
    lines.push(catalogLine(service, ids[1], quantity, discount(), today));
  } else {
    const others = goods.filter((product) => product.id !== first.id);
    lines.push(
      catalogLine(
        random.pick(others.length > 0 ? others : goods),
        ids[1],
        random.int(1, 20),
        discount(),
        today,
      ),
    );
  }
  return lines;
}

const monthStart = (ms: number) => iso(ms).slice(0, 7);

/**
 * The goods with a receipt at the start of every month the orders take goods in, for what that
 * month's orders ordered (rounded up to tens), so the year never ships what has not arrived.
 * Purchase orders are numbered PO-{year}-{serial}, after those already in the ledger.
 */
export function restockForYear({
  products,
  orders,
  managerId,
}: {
  products: readonly Product[];
  orders: readonly Order[];
  managerId: string;
}): Product[] {
  const demand = new Map<string, Map<string, number>>();
  for (const order of orders) {
    const month = monthStart(Date.parse(order.confirmedAt ?? order.createdAt));
    for (const line of order.lines) {
      if (line.productId === undefined) continue;
      const byMonth = demand.get(line.productId) ?? new Map<string, number>();
      byMonth.set(month, (byMonth.get(month) ?? 0) + line.quantityMilli);
      demand.set(line.productId, byMonth);
    }
  }
  const receipts = products.filter(tracksStock).flatMap((product) =>
    [...(demand.get(product.id) ?? [])].map(([month, quantityMilli]) => ({
      product,
      month,
      quantityMilli: Math.ceil(quantityMilli / 10_000) * 10_000,
    })),
  );
  receipts.sort(
    (a, b) => a.month.localeCompare(b.month) || a.product.sku.localeCompare(b.product.sku),
  );
  // One purchase order a month, numbered per year after the receipts already in the ledger.
  const taken = new Set(
    products.flatMap((product) => product.stockMovements.map((movement) => movement.reference)),
  );
  const reference = (year: string, serial: number) =>
    `PO-${year}-${String(serial).padStart(4, '0')}`;
  const nextSerial = new Map<string, number>();
  const numberByMonth = new Map<string, string>();
  for (const { month } of receipts) {
    if (numberByMonth.has(month)) continue;
    const year = month.slice(0, 4);
    let serial = nextSerial.get(year) ?? 1;
    while (taken.has(reference(year, serial))) serial += 1;
    nextSerial.set(year, serial + 1);
    numberByMonth.set(month, reference(year, serial));
  }
  return products.filter(tracksStock).map((product) => ({
    ...product,
    stockMovements: [
      ...product.stockMovements,
      ...receipts
        .filter((receipt) => receipt.product.id === product.id)
        .map(({ month, quantityMilli }) => ({
          id: `demo-receipt-${product.sku}-${month}`,
          productId: product.id,
          kind: 'receipt' as const,
          quantityMilli,
          reference: numberByMonth.get(month) ?? `PO-${month}`,
          at: `${month}-01T00:00:00.000Z`,
          by: managerId,
        })),
    ],
  }));
}
