import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldbookData } from '../../../data/index.ts';
import { countryOptions } from '../../../i18n/countryOptions.ts';
import { leadCommandsFor, renderApp } from '../../../test/renderApp.tsx';
import { openQuotesTestData } from '../../quotes/testing/quotesTestData.ts';

let data: FieldbookData;

beforeEach(async () => {
  localStorage.clear();
  data = await openQuotesTestData();
});

afterEach(async () => {
  cleanup();
  await data.close();
});

async function storedLead(id: string) {
  return (await data.leads.findOne(id).exec())?.toJSON();
}

describe('a lead’s country', () => {
  it('is picked by name and stored as its code (what conversion gives the account)', async () => {
    const lead = await leadCommandsFor(data).createLead({
      firstName: 'Anna',
      lastName: 'Keller',
      company: 'Keller Feinmechanik GmbH',
      email: 'a.keller@keller-fm.de',
    });
    const { user } = renderApp(data, { path: `/leads/${lead.id}` });
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit lead' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Country' }));
    await user.paste('Germ');
    await user.click(await screen.findByRole('option', { name: 'Germany' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect((await storedLead(lead.id))?.country).toBe('DE'));
    const qualification = await screen.findByRole('region', { name: 'Qualification' });
    expect(within(qualification).getByText('Germany')).toBeTruthy();
  });

  it('keeps an imported country that is no code as it was', async () => {
    const lead = await leadCommandsFor(data).createLead({
      firstName: 'Tom',
      lastName: 'Baker',
      email: 'tom@bakers.co.uk',
      country: 'England',
    });
    const { user } = renderApp(data, { path: `/leads/${lead.id}` });
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit lead' });
    expect(within(dialog).getByRole<HTMLInputElement>('combobox', { name: 'Country' }).value).toBe(
      'England',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit lead' })).toBeNull());
    expect((await storedLead(lead.id))?.country).toBe('England');
  });
});

describe('a lead’s industry', () => {
  it('is picked in the reader’s language from what is typed in either, and read in the other', async () => {
    const lead = await leadCommandsFor(data).createLead({
      firstName: '丽',
      lastName: '王',
      company: '苏州精工机械有限公司',
      email: 'wangli@jinggong.cn',
    });
    const { user } = renderApp(data, { path: `/leads/${lead.id}`, language: 'zh-CN' });
    await user.click(await screen.findByRole('button', { name: '编辑' }));
    const dialog = await screen.findByRole('dialog', { name: '编辑线索' });
    await user.click(within(dialog).getByRole('combobox', { name: '行业' }));
    await user.paste('machin');
    await user.click(await screen.findByRole('option', { name: '机械设备' }));
    await user.click(within(dialog).getByRole('button', { name: '保存更改' }));
    await waitFor(async () => expect((await storedLead(lead.id))?.industry).toBe('机械设备'));
    cleanup();

    renderApp(data, { path: `/leads/${lead.id}` });
    const qualification = await screen.findByRole('region', { name: 'Qualification' });
    expect(within(qualification).getByText('Machinery')).toBeTruthy();
  });

  it('keeps an industry it does not know as typed', async () => {
    const lead = await leadCommandsFor(data).createLead({
      firstName: 'Tom',
      lastName: 'Baker',
      email: 'tom@bakers.co.uk',
      industry: 'Deep-sea mining',
    });
    renderApp(data, { path: `/leads/${lead.id}`, language: 'zh-CN' });
    const qualification = await screen.findByRole('region', { name: '资格信息' });
    expect(within(qualification).getByText('Deep-sea mining')).toBeTruthy();
  });
});

describe('countryOptions', () => {
  it('names every country in the reader’s language, sorted as it sorts', () => {
    const chinese = countryOptions('zh-CN');
    expect(chinese.find((option) => option.value === 'DE')?.label).toBe('德国');
    const english = countryOptions('en').map((option) => option.label);
    expect(english.indexOf('Austria')).toBeLessThan(english.indexOf('Germany'));
    expect(english.length).toBeGreaterThan(200);
  });
});
