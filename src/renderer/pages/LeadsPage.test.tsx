import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldbookData } from '../data/index.ts';
import { leadCommandsFor, openUiTestData, renderApp } from '../test/renderApp.tsx';

let data: FieldbookData;

beforeEach(async () => {
  localStorage.clear();
  data = await openUiTestData();
});

afterEach(async () => {
  cleanup();
  await data.close();
});

async function seed() {
  const commands = leadCommandsFor(data);
  await commands.createLead({
    firstName: 'Anna',
    lastName: 'Berg',
    company: 'Nordlicht GmbH',
    email: 'anna@nordlicht.de',
  });
  await commands.createLead({
    firstName: '丽',
    lastName: '王',
    company: '上海星辰科技有限公司',
    phone: '138 0013 8000',
    rating: 'hot',
  });
  await commands.createLead({
    firstName: 'Carlos',
    lastName: 'Díaz',
    company: 'Acme Logistics',
    email: 'carlos@acme.com',
  });
  cleanup();
}

function dataRows() {
  return screen.getAllByRole('row').slice(1);
}

describe('leads list', () => {
  it('invites capturing the first lead when there are none', async () => {
    const { user } = renderApp(data);
    await screen.findByRole('heading', { name: 'Capture your first lead' });
    await user.click(screen.getByRole('button', { name: 'Capture a lead' }));
    expect(await screen.findByRole('dialog', { name: 'New lead' })).toBeTruthy();
  });

  it('shows every lead with its columns, Chinese names family name first, and the total', async () => {
    await seed();
    renderApp(data);
    await waitFor(() => expect(dataRows()).toHaveLength(3));
    expect(await screen.findByText('3 leads')).toBeTruthy();
    const headers = screen.getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual([
      'Name',
      'Company',
      'Email',
      'Phone',
      'Status',
      'Rating',
      'Source',
      'Created',
    ]);
    const wang = screen.getByRole('link', { name: '王丽' });
    const row = wang.closest('tr');
    if (!row) throw new Error('name link outside a row');
    expect(within(row).getByText('上海星辰科技有限公司')).toBeTruthy();
    expect(within(row).getByText('Hot')).toBeTruthy();
    expect(within(row).getByText('New')).toBeTruthy();
    // Typed as '138 0013 8000' at the booth, read as an international number.
    expect(within(row).getByText('+86 138 0013 8000')).toBeTruthy();
    expect(wang.getAttribute('href')).toMatch(/^\/leads\/[0-9a-f-]{36}$/);
  });

  it('searches as you type, including a word inside Chinese text', async () => {
    await seed();
    const { user } = renderApp(data);
    await waitFor(() => expect(dataRows()).toHaveLength(3));
    const search = screen.getByRole('searchbox', { name: 'Search leads' });

    await user.type(search, '星辰');
    await waitFor(() => expect(dataRows()).toHaveLength(1));
    expect(screen.getByRole('link', { name: '王丽' })).toBeTruthy();

    await user.clear(search);
    await user.type(search, 'nordlicht');
    await waitFor(() => expect(screen.queryByRole('link', { name: '王丽' })).toBeNull());
    expect(await screen.findByRole('link', { name: 'Anna Berg' })).toBeTruthy();

    await user.clear(search);
    await user.type(search, 'zzzz');
    expect(await screen.findByRole('heading', { name: 'No leads match' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(dataRows()).toHaveLength(3));
  });

  it('sorts by a column header and says so to assistive technology', async () => {
    await seed();
    const { user } = renderApp(data);
    await waitFor(() => expect(dataRows()).toHaveLength(3));
    const company = screen.getByRole('columnheader', { name: /Company/ });
    expect(company.getAttribute('aria-sort')).toBe('none');
    await user.click(within(company).getByRole('button'));
    await waitFor(() => expect(company.getAttribute('aria-sort')).toBe('ascending'));
    await waitFor(() =>
      expect(dataRows().map((row) => within(row).getAllByRole('cell')[1]?.textContent)).toEqual([
        'Acme Logistics',
        'Nordlicht GmbH',
        '上海星辰科技有限公司',
      ]),
    );
  });
});
