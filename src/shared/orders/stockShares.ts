import type { Product } from '../domain/product.ts';
import { orderStockMovements, type StockOrder } from './orderStockMovements.ts';
import { type StockLevel, stockLevels } from './stockLedger.ts';

/** On hand and reserved in thousandths, without the derived `available`. */
export type StockFigures = { onHand: number; reserved: number };

/**
 * What one order or one product adds to the company's stock figures, per product id. The
 * figures of a set of documents are the sum of their shares: each order reserves under its own
 * id and ships under its shipments' ids, so no two documents touch the same hold.
 */
export type StockShare = Readonly<Record<string, StockFigures>>;

const noShare: StockShare = {};

function shareOf(levels: Record<string, StockLevel>): StockShare {
  return Object.fromEntries(
    Object.entries(levels).map(([productId, { onHand, reserved }]) => [
      productId,
      { onHand, reserved },
    ]),
  );
}

/** The share of one order: its shipments out of stock, its unshipped rest held while it is open. */
export function orderStockShare(order: StockOrder): StockShare {
  return shareOf(stockLevels({ movements: orderStockMovements(order) }));
}

/** The share of one product: its receipts and count adjustments. */
export function productStockShare(product: Pick<Product, 'stockMovements'>): StockShare {
  return shareOf(stockLevels({ movements: product.stockMovements }));
}

/**
 * The share of a replicated order or product record; nothing for a deleted or absent one, or
 * for one whose movements do not add up (such a record is refused on push; this keeps a bad
 * old copy from breaking everyone's figures).
 */
export function documentStockShare({
  collection,
  record,
}: {
  collection: 'orders' | 'products';
  record: Record<string, unknown> | undefined;
}): StockShare {
  if (!record || record._deleted === true) return noShare;
  try {
    if (collection === 'products') {
      return productStockShare({
        stockMovements: (record as Partial<Product>).stockMovements ?? [],
      });
    }
    const order = record as unknown as StockOrder;
    return orderStockShare({ ...order, shipments: order.shipments ?? [] });
  } catch {
    return noShare;
  }
}

/** Adds (`sign` 1) or takes away (`sign` -1) a share from running totals; zero rows are dropped. */
export function addStockShare(
  totals: Map<string, StockFigures>,
  share: StockShare,
  sign: 1 | -1,
): string[] {
  const touched: string[] = [];
  for (const [productId, figures] of Object.entries(share)) {
    const current = totals.get(productId) ?? { onHand: 0, reserved: 0 };
    const next = {
      onHand: current.onHand + sign * figures.onHand,
      reserved: current.reserved + sign * figures.reserved,
    };
    if (next.onHand === 0 && next.reserved === 0) totals.delete(productId);
    else totals.set(productId, next);
    touched.push(productId);
  }
  return touched;
}

/** A local change the server has not acknowledged: the share it has there and the share here. */
export type UnsyncedStockChange = { server: StockShare; local: StockShare };

/**
 * Stock as a device should show it: the server's company-wide figures, then for every local
 * change the server has not acknowledged, the share of the server's copy taken out and the
 * local one put in. Without unsynced changes these are exactly the server's figures.
 */
export function stockLevelsWithLocalChanges({
  published,
  unsynced,
}: {
  published: readonly ({ productId: string } & StockFigures)[];
  unsynced: readonly UnsyncedStockChange[];
}): Record<string, StockLevel> {
  const totals = new Map(
    published.map(({ productId, onHand, reserved }) => [productId, { onHand, reserved }]),
  );
  for (const change of unsynced) {
    addStockShare(totals, change.server, -1);
    addStockShare(totals, change.local, 1);
  }
  const levels: Record<string, StockLevel> = {};
  for (const [productId, figures] of totals) {
    // A server copy the published figures do not include yet could take a hold below zero.
    const reserved = Math.max(0, figures.reserved);
    levels[productId] = { onHand: figures.onHand, reserved, available: figures.onHand - reserved };
  }
  return levels;
}
