import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '../../../shared/domain/account.ts';
import type { Contact } from '../../../shared/domain/contact.ts';
import type { Product } from '../../../shared/domain/product.ts';
import { createLeadCommands } from '../leads/leadCommands.ts';
import { fromLeadDoc } from '../leads/leadDocument.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { type CommandContext, collectionOf, plainRecord } from '../records/recordStore.ts';
import { leadMirror } from '../records/sharedMirrors.ts';
import { openTestData, steppingClock } from '../testing/openTestData.ts';
import type { DuplicatePolicy, ImportEntity } from './importTypes.ts';
import { planImport, readImportFile, suggestImportMapping } from './planImport.ts';
import { runImport } from './runImport.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(process.cwd(), 'tests/fixtures/csv', name)));
const utf8 = (text: string) => new TextEncoder().encode(text);

let data: FieldbookData;
let context: CommandContext;

beforeEach(async () => {
  data = await openTestData();
  context = { data, clock: steppingClock(), user: { id: 'manager-1', role: 'manager' } };
});

afterEach(async () => {
  await data.close();
});

async function importBytes(
  entity: ImportEntity,
  bytes: Uint8Array,
  policy: DuplicatePolicy = 'skip',
) {
  const file = readImportFile(bytes);
  const { mapping } = suggestImportMapping(entity, file.headers);
  const plan = await planImport({ data, entity, file, mapping });
  const report = await runImport({ context, plan, policy, batchSize: 10 });
  return { file, plan, report };
}

const allLeads = async () => (await data.leads.find().exec()).map((doc) => fromLeadDoc(doc._data));

describe('lead import through the data layer', () => {
  it('imports the Salesforce export whole: quoted newlines kept, bad rows reported with reasons', async () => {
    const { plan, report } = await importBytes('leads', fixture('salesforce-leads.csv'));
    expect(plan.encoding).toBe('utf-8');
    const leads = await allLeads();
    expect(leads).toHaveLength(report.imported);
    expect(report.imported + report.skipped + report.failed).toBe(plan.rows.length);
    expect(report.failed).toBe(plan.summary.invalid);
    const ethan = leads.find((lead) => lead.email === 'ethan.müller@wingtiptoys.com');
    expect(ethan?.notes).toContain('Met at booth 4B.\nInterested in 200 units');
    expect(ethan?.ownerId).toBe('manager-1');
    for (const row of report.rows.filter((r) => r.outcome === 'failed')) {
      expect(row.reasons.length).toBeGreaterThan(0);
    }
  });

  it('reads a GBK file from Chinese Excel as GB18030, names family name first', async () => {
    const { plan, report } = await importBytes('leads', fixture('excel-gbk-leads.csv'));
    expect(plan.encoding).toBe('gb18030');
    expect(report.imported).toBeGreaterThan(20);
    const leads = await allLeads();
    expect(leads.some((lead) => /有限公司$/u.test(lead.company))).toBe(true);
    expect(leads.every((lead) => !lead.company.includes('\uFFFD'))).toBe(true);
  });

  it('handles BOM, duplicate rows, bad emails and existing leads per policy', async () => {
    const existing = await createLeadCommands(context).createLead({
      firstName: '丽',
      lastName: '王',
      company: '华东机电有限公司',
      email: 'wangli@huadong.cn',
      notes: 'Met in Shanghai',
    });
    const csv = [
      'First Name,Last Name,Company Name,Email,Phone Number,Notes',
      '丽,王,华东机电,wangli@huadong.cn,13800138000,"Second visit,\nwants a demo"',
      'Anna,Schmidt,Contoso GmbH,anna@contoso.de,,',
      'Anna,Schmidt,Contoso GmbH,anna@contoso.de,,again',
      'Bob,Bad,Nowhere Ltd,not-an-email,,',
      ',,,,,',
      'Chen,Jie,,,12,',
    ].join('\r\n');
    const bytes = utf8(`\uFEFF${csv}`);

    const skipped = await importBytes('leads', bytes, 'skip');
    expect(skipped.plan.encoding).toBe('utf-8-bom');
    expect(skipped.plan.rows[0]?.existing?.id).toBe(existing.id);
    expect(skipped.plan.rows[2]?.inFile).toEqual({ rowNumber: 2, by: 'sameEmail' });
    expect(skipped.report).toMatchObject({ imported: 1, merged: 0, skipped: 2, failed: 2 });
    expect(skipped.report.rows.map((row) => [row.rowNumber, row.outcome, row.reasons])).toEqual([
      [1, 'skipped', ['duplicateExisting']],
      [3, 'skipped', ['duplicateInFile']],
      [4, 'failed', ['invalidEmail']],
      [5, 'failed', ['invalidPhone']],
    ]);
    expect(await allLeads()).toHaveLength(2);

    const merged = await importBytes('leads', bytes, 'merge');
    // Anna is now an existing lead too: both her rows merge into her.
    expect(merged.report).toMatchObject({ imported: 0, merged: 3, failed: 2 });
    const leads = await allLeads();
    expect(leads).toHaveLength(2);
    const wang = leads.find((lead) => lead.id === existing.id);
    expect(wang?.phone).toBe('13800138000');
    expect(wang?.notes).toBe('Met in Shanghai\n\nSecond visit,\nwants a demo');
    expect(wang?.mergedLeadIds).toBeUndefined();
    expect(leads.find((lead) => lead.email === 'anna@contoso.de')?.notes).toBe('again');

    const created = await importBytes('leads', bytes, 'create');
    expect(created.report).toMatchObject({ imported: 3, skipped: 0, failed: 2 });
    expect(await allLeads()).toHaveLength(5);
  });

  it('tags leads from an event’s list with the event, as trade-show leads unless the file says otherwise', async () => {
    const eventId = '0195f3a0-0000-7000-8000-0000000000e1';
    const file = readImportFile(
      utf8(
        'Name,Company,Email,Source\n王丽,华东机电,wl@huadong.cn,\nAnna Berg,Nordlicht,anna@nordlicht.de,Web',
      ),
    );
    const { mapping } = suggestImportMapping('leads', file.headers);
    const plan = await planImport({ data, entity: 'leads', file, mapping, eventId });
    await runImport({ context, plan, policy: 'skip' });
    const leads = await allLeads();
    expect(leads.map((lead) => [lead.lastName, lead.eventId, lead.source]).sort()).toEqual([
      ['Berg', eventId, 'website'],
      ['王', eventId, 'trade_show'],
    ]);
  });

  it('imports 50,000 rows: every good row once, every bad row reported', async () => {
    const lines = ['FirstName,LastName,Company,Email,Phone,LeadSource'];
    for (let i = 0; i < 50_000; i++) {
      const email = i % 1000 === 999 ? `broken${i}` : `person${i}@firm${i}.example.com`;
      // One company per person: similar names at one company would (rightly) be duplicates.
      lines.push(`Given${i},Family${i},"Firm ${i}, Ltd.",${email},,Trade Show`);
    }
    const file = readImportFile(utf8(lines.join('\n')));
    const { mapping } = suggestImportMapping('leads', file.headers);
    const plan = await planImport({ data, entity: 'leads', file, mapping });
    expect(plan.summary).toMatchObject({ total: 50_000, valid: 49_950, invalid: 50 });
    const report = await runImport({ context, plan, policy: 'skip', batchSize: 2500 });
    expect(report).toMatchObject({ imported: 49_950, failed: 50, skipped: 0, merged: 0 });
    // Read back from the in-memory mirror: fake-indexeddb walks a 50k-row scan too slowly.
    const stored = [...leadMirror(data).docs.values()];
    expect(stored).toHaveLength(49_950);
    expect(new Set(stored.map((lead) => lead.email)).size).toBe(49_950);
    expect(stored.find((lead) => lead.email === 'person4242@firm4242.example.com')).toMatchObject({
      firstName: 'Given4242',
      source: 'trade_show',
    });
  }, 240_000);
});

describe('account, contact and product imports', () => {
  it('imports accounts with addresses and skips a company already there', async () => {
    await collectionOf(data, 'accounts').insert({
      id: '0195f3a0-0000-7000-8000-000000000001',
      ownerId: 'manager-1',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      name: 'Contoso Ltd.',
      tags: [],
      notes: '',
    });
    const csv = [
      'Name,Industry,Website,Phone,BillingStreet,BillingCity,BillingCountry',
      'Contoso Ltd,Retail,https://contoso.com,,,,',
      '上海浦江物流有限公司,Logistics,,021-5555 0000,浦东新区世纪大道100号,上海,China',
      ',Retail,,,,,',
      'Fabrikam,Manufacturing,,,1 Main St,Springfield,Atlantis',
    ].join('\n');
    const { report } = await importBytes('accounts', utf8(csv), 'skip');
    expect(report).toMatchObject({ imported: 1, skipped: 1, failed: 2 });
    expect(report.rows.map((row) => row.reasons)).toEqual([
      ['duplicateExisting'],
      ['nameRequired'],
      ['invalidCountry'],
    ]);
    const accounts = (await collectionOf(data, 'accounts').find().exec()).map((doc) =>
      plainRecord<Account>(doc._data),
    );
    expect(accounts.find((a) => a.name === '上海浦江物流有限公司')).toMatchObject({
      country: 'CN',
      address: { line1: '浦东新区世纪大道100号', city: '上海', country: 'CN' },
    });
  });

  it('imports the HubSpot contacts export, making the accounts they work at', async () => {
    const { report } = await importBytes('contacts', fixture('hubspot-contacts.csv'));
    expect(report.imported).toBeGreaterThan(20);
    expect(report.accountsCreated).toBeGreaterThan(0);
    const contacts = (await collectionOf(data, 'contacts').find().exec()).map((doc) =>
      plainRecord<Contact>(doc._data),
    );
    const accounts = await collectionOf(data, 'accounts').find().exec();
    const ids = new Set(accounts.map((doc) => doc.primary));
    expect(contacts.every((contact) => ids.has(contact.accountId))).toBe(true);
    expect(contacts.find((c) => c.email === 'user0@example.cn')).toMatchObject({
      firstName: '磊',
      lastName: '王',
    });
  });

  it('imports products with a custom mapping and updates an existing SKU on merge', async () => {
    const csv = [
      'Code,Bezeichnung,Einheit,MwSt,Preis CNY',
      'A-1,Pump,pcs,13%,99.50',
      'A-2,Valve,,13,10',
    ].join('\n');
    const file = readImportFile(utf8(csv));
    const mapping = {
      columns: {
        Code: 'sku',
        Bezeichnung: 'nameEn',
        Einheit: 'unit',
        MwSt: 'taxRate',
        'Preis CNY': 'price.CNY',
      },
    };
    const plan = await planImport({ data, entity: 'products', file, mapping });
    const report = await runImport({ context, plan, policy: 'merge' });
    expect(report).toMatchObject({ imported: 1, failed: 1 });
    expect(report.rows[0]).toMatchObject({ rowNumber: 2, reasons: ['required'] });
    const again = await planImport({
      data,
      entity: 'products',
      file: readImportFile(utf8(csv.replace('99.50', '120'))),
      mapping,
    });
    expect(again.rows[0]?.existing?.label).toBe('A-1');
    expect(await runImport({ context, plan: again, policy: 'merge' })).toMatchObject({ merged: 1 });
    const products = (await collectionOf(data, 'products').find().exec()).map((doc) =>
      plainRecord<Product>(doc._data),
    );
    expect(products).toHaveLength(1);
    expect(products[0]).toMatchObject({
      sku: 'A-1',
      unit: 'piece',
      taxRateBps: 1300,
      prices: [{ amount: 12_000, currency: 'CNY' }],
    });
  });

  it('refuses a product import by a rep before writing anything', async () => {
    const file = readImportFile(utf8('sku,name_en,unit,tax_rate,price_CNY\nA-1,Pump,pcs,13,1'));
    const plan = await planImport({
      data,
      entity: 'products',
      file,
      mapping: suggestImportMapping('products', file.headers).mapping,
    });
    await expect(
      runImport({
        context: { ...context, user: { id: 'rep-1', role: 'rep' } },
        plan,
        policy: 'skip',
      }),
    ).rejects.toMatchObject({ code: 'roleNotAllowed' });
    expect(await collectionOf(data, 'products').count().exec()).toBe(0);
  });
});
