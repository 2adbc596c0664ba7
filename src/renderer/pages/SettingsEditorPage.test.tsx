import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldbookData } from '../data/index.ts';
import { setLocalProfile } from '../data/testing/setLocalProfile.ts';
import { openPipelineTestData } from '../modules/pipeline/testing/pipelineTestData.tsx';
import { renderApp } from '../test/renderApp.tsx';

let data: FieldbookData;

function signInLocally(role: 'admin' | 'rep') {
  setLocalProfile({ id: `${role}-1`, name: role === 'admin' ? 'Admin' : 'Wang Li', role });
}

async function storedSetting(key: string) {
  const docs = await data.db.collections.settings?.find({ selector: { key } }).exec();
  return docs?.[0]?.toJSON().value;
}

beforeEach(async () => {
  localStorage.clear();
  data = await openPipelineTestData();
});

afterEach(async () => {
  cleanup();
  await data.close();
});

describe('settings editors', () => {
  it('refuses an empty tax rate, shows what changes, then saves the rates', async () => {
    signInLocally('admin');
    const { user } = renderApp(data, { path: '/settings/taxRates' });
    await screen.findByRole('heading', { name: 'Tax rates' });
    await user.click(screen.getByRole('button', { name: 'Add' }));
    await user.type(screen.getByLabelText('Chinese name of tax rate 1'), '增值税 13%');
    await user.type(screen.getByLabelText('English name of tax rate 1'), 'VAT 13%');
    await user.click(screen.getByRole('button', { name: 'Review and save' }));
    expect(await screen.findByText('Fix the highlighted field before saving.')).toBeTruthy();
    expect(screen.getByText('Enter a value.')).toBeTruthy();
    expect(await storedSetting('taxRates')).toBeUndefined();

    await user.type(screen.getByLabelText('Rate of VAT 13%'), '13');
    await user.click(screen.getByRole('checkbox', { name: 'Make VAT 13% the default' }));
    await user.click(screen.getByRole('button', { name: 'Review and save' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save Tax rates?' });
    const changes = within(dialog).getByRole('table', { name: 'Changes' });
    const rateRow = within(changes)
      .getAllByRole('row')
      .find((row) => row.textContent?.includes('.rateBps'));
    expect(rateRow?.textContent).toContain('1300');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(await storedSetting('taxRates')).toMatchObject({
        kind: 'taxRates',
        rates: [{ label: { zh: '增值税 13%', en: 'VAT 13%' }, rateBps: 1300, isDefault: true }],
      }),
    );
  });

  it('shows the company name change before → after and saves the profile', async () => {
    signInLocally('admin');
    const { user } = renderApp(data, { path: '/settings/company' });
    await screen.findByRole('heading', { name: 'Company profile' });
    await user.type(screen.getByLabelText('Phone'), '021-5555 0100');
    await user.click(screen.getByRole('button', { name: 'Review and save' }));
    expect(await screen.findByText('Fix the highlighted field before saving.')).toBeTruthy();
    await user.type(screen.getByLabelText(/Company name/), '上海星辰科技有限公司');
    await user.type(screen.getByLabelText('Address'), '上海市浦东新区世纪大道 100 号');
    await user.type(
      screen.getByLabelText('Name in English (for English documents)'),
      'Shanghai Xingchen Technology Co., Ltd.',
    );
    await user.click(screen.getByRole('button', { name: 'Review and save' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save Company profile?' });
    const nameRow = within(dialog)
      .getAllByRole('row')
      .find((row) => row.textContent?.startsWith('name'));
    expect(nameRow?.textContent).toContain('上海星辰科技有限公司');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(await storedSetting('companyProfile')).toEqual({
        kind: 'companyProfile',
        name: '上海星辰科技有限公司',
        address: '上海市浦东新区世纪大道 100 号',
        nameEn: 'Shanghai Xingchen Technology Co., Ltd.',
        phone: '021-5555 0100',
      }),
    );
  });

  it('lets a rep read but not change a setting, and links every editor from the hub', async () => {
    signInLocally('rep');
    const { user } = renderApp(data, { path: '/settings' });
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    for (const name of [
      'Company profile',
      'Currencies and exchange rates',
      'Tax rates',
      'Payment terms',
      'Quote terms templates',
      'Discount approval thresholds',
      'Number series',
      'Consent texts',
      'Lead scoring',
      'Targets and stages',
      'Service levels',
    ]) {
      expect(
        within(screen.getByRole('main')).getByRole('link', { name: new RegExp(name) }),
      ).toBeTruthy();
    }
    await user.click(within(screen.getByRole('main')).getByRole('link', { name: /Payment terms/ }));
    expect(
      await screen.findByText('Only managers and administrators can change this setting.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Review and save' })).toBeNull();
  });
});
