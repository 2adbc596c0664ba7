import type { Order } from '../../../shared/domain/order.ts';
import { type Product, tracksStock } from '../../../shared/domain/product.ts';
import type { StockLevelsValue } from '../../../shared/domain/setting.ts';
import { inventoryLedger } from '../../../shared/orders/orderStockMovements.ts';
import {
  type BackorderWarning,
  backorderWarningsFromLevels,
  type StockLevel,
  stockLevels,
} from '../../../shared/orders/stockLedger.ts';
import type { StockMovement } from '../../../shared/orders/stockMovement.ts';
import {
  orderStockShare,
  stockLevelsWithLocalChanges,
  type UnsyncedStockChange,
} from '../../../shared/orders/stockShares.ts';

/**
 * Stock as this device shows it. `levels` are the server's company-wide figures as of `asOf`
 * plus this device's unsynced changes (`basis: 'server'`), or, before the server ever sent
 * figures, those of the orders this device holds (`basis: 'device'`). `movements` is the ledger
 * of what this device holds (its products' receipts and counts, its orders), for the history.
 */
export type InventorySnapshot = {
  movements: StockMovement[];
  levels: Record<string, StockLevel>;
  basis: 'server' | 'device';
  /** When the server's figures last changed (server time); only with `basis: 'server'`. */
  asOf?: string;
  /** Order and product changes made here that the server has not acknowledged yet. */
  unsyncedChanges: number;
  /** Products sold without stock (services): no figures are shown or warned about for them. */
  services: ReadonlySet<string>;
};

const none: StockLevel = { onHand: 0, reserved: 0, available: 0 };

/** A product's figures, zero when nothing ever moved. */
export function levelOf(snapshot: InventorySnapshot, productId: string): StockLevel {
  return snapshot.levels[productId] ?? none;
}

/**
 * The figures to show: the server's published ones adjusted by this device's unsynced changes,
 * else (never synced, or a device without a server) what the local orders and products say.
 */
export function inventorySnapshot({
  products,
  orders,
  published,
  unsynced = [],
}: {
  products: readonly Product[];
  orders: readonly Order[];
  published?: StockLevelsValue;
  unsynced?: readonly UnsyncedStockChange[];
}): InventorySnapshot {
  const movements = inventoryLedger({
    products: products.map((product) => ({ stockMovements: product.stockMovements ?? [] })),
    orders: orders.map((order) => ({ ...order, shipments: order.shipments ?? [] })),
  });
  const services = new Set(
    products.filter((product) => !tracksStock(product)).map((product) => product.id),
  );
  if (!published) {
    return {
      movements,
      levels: stockLevels({ movements }),
      basis: 'device',
      unsyncedChanges: 0,
      services,
    };
  }
  return {
    movements,
    services,
    levels: stockLevelsWithLocalChanges({ published: published.products, unsynced }),
    basis: 'server',
    asOf: published.asOf,
    unsyncedChanges: unsynced.length,
  };
}

/**
 * Products the order cannot be filled from, against the figures shown (company-wide when the
 * server sent them): what it still has to ship beyond what is available plus what it holds.
 * Services are never short.
 */
export function orderBackorderWarnings({
  order,
  snapshot,
}: {
  order: Order;
  snapshot: InventorySnapshot;
}): BackorderWarning[] {
  const share = orderStockShare({ ...order, shipments: order.shipments ?? [] });
  const held = Object.fromEntries(
    Object.entries(share).map(([productId, figures]) => [productId, figures.reserved]),
  );
  // A service line asks for no stock, whatever its product's figures say.
  const stocked = order.lines.filter(
    (line) => line.productId === undefined || !snapshot.services.has(line.productId),
  );
  return backorderWarningsFromLevels({
    order: { ...order, lines: stocked },
    levels: snapshot.levels,
    held,
  });
}
