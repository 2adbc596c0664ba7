import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Product } from '../../../shared/domain/product.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { collectionOf, plainRecord } from '../records/recordStore.ts';
import { openTestData, steppingClock } from '../testing/openTestData.ts';
import { createProductCommands } from './productCommands.ts';
import { productMatches } from './productQueries.ts';

let data: FieldbookData;
const clock = steppingClock('2026-03-02T02:00:00.000Z');
const manager = { id: 'mgr-1', role: 'manager' as const };

beforeEach(async () => {
  data = await openTestData({ collections: ['leads', 'products'] });
});
afterEach(async () => {
  await data.close();
});

const encode = (text: string) => new TextEncoder().encode(text);

async function allProducts(): Promise<Product[]> {
  const docs = await collectionOf(data, 'products')
    .find({ sort: [{ sku: 'asc' }] })
    .exec();
  return docs.map((doc) => plainRecord<Product>(doc._data));
}

describe('product commands', () => {
  it('creates products with unique SKUs and one price per currency; reps may not edit', async () => {
    const commands = createProductCommands({ data, clock, user: manager });
    const input = {
      sku: 'PUMP-100',
      name: { zh: '离心泵', en: 'Centrifugal pump' },
      unit: 'piece' as const,
      prices: [{ amount: 1_299_00, currency: 'CNY' }],
      taxRateBps: 1300,
    };
    const pump = await commands.createProduct(input);
    expect(pump).toMatchObject({ sku: 'PUMP-100', active: true, ownerId: 'mgr-1' });
    await expect(commands.createProduct(input)).rejects.toMatchObject({
      issues: [{ field: 'sku', code: 'duplicateSku' }],
    });
    await expect(
      commands.createProduct({
        ...input,
        sku: 'PUMP-200',
        prices: [
          { amount: 1, currency: 'CNY' },
          { amount: 2, currency: 'CNY' },
        ],
      }),
    ).rejects.toMatchObject({ issues: [{ field: 'prices', code: 'duplicateCurrency' }] });
    const updated = await commands.updateProduct(pump.id, { active: false });
    expect(updated.active).toBe(false);
    const rep = createProductCommands({ data, clock, user: { id: 'rep-1', role: 'rep' } });
    await expect(rep.createProduct({ ...input, sku: 'X' })).rejects.toMatchObject({
      code: 'roleNotAllowed',
    });
    await expect(rep.importProductsCsv(encode('sku\n'))).rejects.toMatchObject({
      code: 'roleNotAllowed',
    });
  });

  it('imports good CSV rows whole, reports bad ones, and updates existing SKUs', async () => {
    const commands = createProductCommands({ data, clock, user: manager });
    await commands.createProduct({
      sku: 'VALVE-1',
      name: { zh: '阀门', en: 'Valve' },
      unit: 'piece',
      prices: [{ amount: 100, currency: 'CNY' }],
      taxRateBps: 1300,
    });
    const csv = [
      'SKU,名称,name_en,单位,price_CNY,price_USD,税率,active',
      'PUMP-100,离心泵,Centrifugal pump,台,"1,299.00",179.50,13%,yes',
      'VALVE-1,阀门 DN50,Valve DN50,piece,88.8,,13,',
      ',无编码,No SKU,piece,1,,13,',
      'BAD-PRICE,坏价格,Bad price,piece,12.345,,13,',
      'BAD-UNIT,坏单位,Bad unit,bucket,1,,150,',
      'PUMP-100,重复,Duplicate,piece,1,,13,',
      'SVC-1,安装服务,Installation,hour,,80,6,no',
    ].join('\r\n');
    const result = await commands.importProductsCsv(encode(csv));
    expect(result.imported).toBe(3);
    expect(result.issues).toEqual([
      { rowNumber: 3, field: 'sku', code: 'required' },
      { rowNumber: 4, field: 'prices.CNY', code: 'invalidPrice' },
      { rowNumber: 5, field: 'unit', code: 'invalidUnit' },
      { rowNumber: 5, field: 'taxRate', code: 'invalidTaxRate' },
      { rowNumber: 6, field: 'sku', code: 'duplicateSku' },
    ]);
    const products = await allProducts();
    expect(
      products.map((p) => [p.sku, p.name.zh, p.unit, p.prices, p.taxRateBps, p.active]),
    ).toEqual([
      [
        'PUMP-100',
        '离心泵',
        'piece',
        [
          { amount: 129_900, currency: 'CNY' },
          { amount: 17_950, currency: 'USD' },
        ],
        1300,
        true,
      ],
      ['SVC-1', '安装服务', 'hour', [{ amount: 8000, currency: 'USD' }], 600, false],
      ['VALVE-1', '阀门 DN50', 'piece', [{ amount: 8880, currency: 'CNY' }], 1300, true],
    ]);
  });

  it('reads a type column (goods or service, in English or Chinese); a file without one keeps each type', async () => {
    const commands = createProductCommands({ data, clock, user: manager });
    const csv = [
      '编码,名称,单位,价格_CNY,税率,类型',
      'SCN-200,手持扫描枪,台,1299,13%,商品',
      'SVC-INST,现场安装,次,800,6%,服务',
      'WAR-3Y,三年保修,个,399,6%,Service',
      'ODD-1,怪东西,个,1,13%,礼物',
    ].join('\r\n');
    const result = await commands.importProductsCsv(encode(csv));
    expect(result.issues).toEqual([
      { rowNumber: 2, field: 'unit', code: 'invalidUnit' },
      { rowNumber: 4, field: 'kind', code: 'invalidKind' },
    ]);
    expect((await allProducts()).map((p) => [p.sku, p.kind])).toEqual([
      ['SCN-200', 'goods'],
      ['WAR-3Y', 'service'],
    ]);

    const prices = ['sku,name_en,unit,price_CNY,tax', 'WAR-3Y,3-year warranty,piece,429,6'];
    await commands.importProductsCsv(encode(prices.join('\n')));
    const warranty = (await allProducts()).find((p) => p.sku === 'WAR-3Y');
    expect(warranty).toMatchObject({ kind: 'service', prices: [{ amount: 42_900 }] });
  });

  it('refuses a file without the required columns and writes nothing', async () => {
    const commands = createProductCommands({ data, clock, user: manager });
    const result = await commands.importProductsCsv(encode('sku,name_en\nA,Thing\n'));
    expect(result.imported).toBe(0);
    expect(result.issues.map((issue) => issue.field)).toEqual(['unit', 'taxRate', 'prices']);
    expect(await allProducts()).toEqual([]);
  });

  it('finds products by SKU and by Chinese or English name', () => {
    const product = {
      sku: 'PUMP-100',
      name: { zh: '不锈钢离心泵', en: 'Stainless pump' },
      active: true,
    } as Product;
    expect(productMatches(product, { search: '离心' })).toBe(true);
    expect(productMatches(product, { search: 'pump-1' })).toBe(true);
    expect(productMatches(product, { search: 'STAINLESS' })).toBe(true);
    expect(productMatches(product, { search: 'valve' })).toBe(false);
    expect(productMatches({ ...product, active: false }, { activeOnly: true })).toBe(false);
  });
});
