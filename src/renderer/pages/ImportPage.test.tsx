import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldbookData } from '../data/index.ts';
import { fromLeadDoc } from '../data/leads/leadDocument.ts';
import { openTestData } from '../data/testing/openTestData.ts';
import { renderApp } from '../test/renderApp.tsx';

let data: FieldbookData;

beforeEach(async () => {
  localStorage.clear();
  data = await openTestData({
    collections: ['leads', 'events', 'accounts', 'contacts', 'activities', 'settings'],
  });
});

afterEach(async () => {
  cleanup();
  await data.close();
});

const messyCsv = [
  'First Name,Last Name,Email,Phone Number,Company Name,Notizen',
  'Wei,Zhang,zhang.wei@example.cn,+86 138 0013 8000,上海浦江物流有限公司,"Booth 4B,\nwants a quote"',
  'Anna,Schmidt,anna@@contoso,,Contoso GmbH,',
  'Wei,Zhang,ZHANG.WEI@example.cn,,上海浦江物流,second scan',
].join('\r\n');

// A report figure: its card is a group named after it; the card reads "Imported1".
const statOf = async (name: string) =>
  (await screen.findByRole('group', { name })).textContent?.replace(/\s+/gu, '');

describe('import wizard', () => {
  it('imports a CSV with a custom column mapping: preview shows errors and duplicates, report counts rows', async () => {
    const { user } = renderApp(data, { path: '/import' });
    await screen.findByRole('heading', { name: 'Import from CSV' });
    const file = new File([`\uFEFF${messyCsv}`], 'fair.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('CSV file'), file);
    expect(await screen.findByText('3 rows, 6 columns')).toBeTruthy();
    expect((screen.getByRole('combobox', { name: /Encoding/ }) as HTMLSelectElement).value).toBe(
      'utf-8-bom',
    );
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(await screen.findByText('Looks like a HubSpot export')).toBeTruthy();
    const notes = screen.getByRole('combobox', { name: 'Field for column “Notizen”' });
    expect((notes as HTMLSelectElement).value).toBe('ignore');
    await user.selectOptions(notes, 'notes');
    await user.type(screen.getByRole('textbox', { name: 'Mapping name' }), 'Messe list');
    await user.click(screen.getByRole('button', { name: 'Save mapping' }));
    expect(localStorage.getItem('fieldbook.importMappings')).toContain('"Notizen":"notes"');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    const table = await screen.findByRole('table', { name: 'Rows of the file' });
    expect(within(table).getByText('Email is not valid')).toBeTruthy();
    expect(within(table).getByText('Same as row 1')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Skip' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Import 1 row' }));

    expect(await screen.findByRole('heading', { name: 'Import finished' })).toBeTruthy();
    expect(await statOf('Imported')).toBe('Imported1');
    expect(await statOf('Skipped')).toBe('Skipped1');
    expect(await statOf('Not imported')).toBe('Notimported1');
    expect(screen.getByRole('button', { name: 'Download rows not imported (CSV)' })).toBeTruthy();
    const leads = (await data.leads.find().exec()).map((doc) => fromLeadDoc(doc._data));
    expect(leads).toHaveLength(1);
    expect(leads[0]).toMatchObject({
      lastName: 'Zhang',
      notes: 'Booth 4B,\nwants a quote',
      source: 'import',
    });
  });

  it('merges a repeated row into the lead its first row makes when asked', async () => {
    const { user } = renderApp(data, { path: '/import' });
    await screen.findByRole('heading', { name: 'Import from CSV' });
    const csv = `${messyCsv}\r\nLi,Wang,wang.li@example.cn,,Fabrikam,`;
    await user.upload(screen.getByLabelText('CSV file'), new File([csv], 'a.csv'));
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('table', { name: 'Rows of the file' });
    await user.click(screen.getByRole('radio', { name: 'Merge into the existing record' }));
    await user.click(screen.getByRole('button', { name: 'Import 3 rows' }));
    expect(await statOf('Imported')).toBe('Imported2');
    expect(await statOf('Merged')).toBe('Merged1');
    const leads = (await data.leads.find().exec()).map((doc) => fromLeadDoc(doc._data));
    // The second Zhang Wei row folded into the first: one lead, with the first row's phone.
    expect(leads.map((lead) => lead.lastName).sort()).toEqual(['Wang', 'Zhang']);
    expect(leads.find((lead) => lead.lastName === 'Zhang')?.phone).toBe('+86 138 0013 8000');
  });

  it('shows the detected GBK encoding of a Chinese Excel file and lets the user override it', async () => {
    const { user } = renderApp(data, { path: '/import' });
    await screen.findByRole('heading', { name: 'Import from CSV' });
    const bytes = readFileSync(join(process.cwd(), 'tests/fixtures/csv/excel-gbk-leads.csv'));
    await user.upload(screen.getByLabelText('CSV file'), new File([bytes], 'leads.csv'));
    const encoding = await screen.findByRole('combobox', { name: /Encoding/ });
    expect((encoding as HTMLSelectElement).value).toBe('gb18030');
    expect(screen.getByText('Detected: GBK / GB18030 (Chinese Excel)')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Looks like a Chinese Excel export')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Field for column “姓名”' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /Encoding/ }), 'utf-8');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    // Read as UTF-8 the headers are garbage, so no preset matches any more.
    await waitFor(() => expect(screen.queryByText('Looks like a Chinese Excel export')).toBeNull());
  });
});
