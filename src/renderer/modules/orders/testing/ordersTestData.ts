import type { Account } from '../../../../shared/domain/account.ts';
import type { Role } from '../../../../shared/domain/roles.ts';
import { createAccountCommands } from '../../../data/accounts/accountCommands.ts';
import type { FieldbookData } from '../../../data/index.ts';
import { createInventoryCommands } from '../../../data/inventory/inventoryCommands.ts';
import { createOrderCommands } from '../../../data/orders/orderCommands.ts';
import { createProductCommands } from '../../../data/products/productCommands.ts';
import { createQuoteCommands } from '../../../data/quotes/quoteCommands.ts';
import { openTestData } from '../../../data/testing/openTestData.ts';
import { setLocalProfile } from '../../../data/testing/setLocalProfile.ts';

export const repId = '0190a000-0000-7000-8000-0000000000a1';
export const managerId = '0190a000-0000-7000-8000-0000000000a2';

/** A real database with what the order and inventory screens read (12 of the 13 collections). */
export function openOrdersTestData(): Promise<FieldbookData> {
  return openTestData({
    collections: [
      'leads',
      'events',
      'activities',
      'accounts',
      'contacts',
      'opportunities',
      'settings',
      'products',
      'quotes',
      'orders',
      'invoices',
      'tickets',
    ],
  });
}

/** Makes the local profile (who the app thinks is using it) a rep or a manager. */
export function actAs(role: Extract<Role, 'rep' | 'manager'>): void {
  const id = role === 'rep' ? repId : managerId;
  setLocalProfile({ id, name: role, role });
}

/** Command factories acting as the rep or the manager, on the real clock. */
export function commandsAs(data: FieldbookData, role: 'rep' | 'manager') {
  const context = {
    data,
    clock: () => new Date(),
    user: { id: role === 'rep' ? repId : managerId, role },
  };
  return {
    accounts: createAccountCommands(context),
    products: createProductCommands(context),
    quotes: createQuoteCommands(context),
    orders: createOrderCommands(context),
    stock: createInventoryCommands(context),
  };
}

export type OrderScene = { account: Account; productId: string };

/** A scanner in the catalog with `stock` thousandths on hand and a customer (address optional). */
export async function seedScene(
  data: FieldbookData,
  { stock = 50_000, address = true, creditHold = false } = {},
): Promise<OrderScene> {
  const manager = commandsAs(data, 'manager');
  const product = await manager.products.createProduct({
    sku: 'FB-SCN-200',
    name: { zh: '手持扫描枪', en: 'Handheld scanner' },
    unit: 'piece',
    prices: [{ amount: 129_900, currency: 'CNY' }],
    taxRateBps: 1300,
  });
  if (stock > 0) {
    await manager.stock.recordReceipt(product.id, { quantityMilli: stock, reference: 'PO-1001' });
  }
  const created = await commandsAs(data, 'rep').accounts.createAccount({
    name: 'Nordlicht GmbH',
    ...(address ? { address: { line1: 'Hafenstraße 1', city: 'Hamburg', country: 'DE' } } : {}),
  });
  // Holds are finance's to set (here the manager's).
  const account = creditHold
    ? await manager.accounts.setCreditTerms(created.id, { creditHold: true })
    : created;
  return { account, productId: product.id };
}

/** On-site installation (FB-SVC-INST): a service, sold without stock. */
export function seedInstallationService(data: FieldbookData) {
  return commandsAs(data, 'manager').products.createProduct({
    sku: 'FB-SVC-INST',
    name: { zh: '现场安装', en: 'On-site installation' },
    unit: 'piece',
    kind: 'service',
    prices: [{ amount: 80_000, currency: 'CNY' }],
    taxRateBps: 600,
  });
}

/** An accepted quote for `quantity` scanners (no approval rules are set). */
export async function seedAcceptedQuote(data: FieldbookData, scene: OrderScene, quantity = 20) {
  const { quotes } = commandsAs(data, 'rep');
  const draft = await quotes.createQuote({
    accountId: scene.account.id,
    currency: 'CNY',
    language: 'en',
  });
  await quotes.addCatalogLine(draft.id, { productId: scene.productId, quantity });
  await quotes.send(draft.id);
  return quotes.accept(draft.id, {
    signedBy: 'Anna Schmidt',
    signatureDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
    contract: { startsOn: '2026-01-01', termMonths: 12, paymentTermsDays: 45 },
  });
}

/** A confirmed direct order for `quantityMilli` scanners. */
export async function seedConfirmedOrder(
  data: FieldbookData,
  scene: OrderScene,
  quantityMilli: number,
) {
  const { orders } = commandsAs(data, 'rep');
  const draft = await orders.createOrder({
    accountId: scene.account.id,
    currency: 'CNY',
    lines: [{ productId: scene.productId, quantityMilli }],
  });
  return orders.confirm(draft.id);
}
