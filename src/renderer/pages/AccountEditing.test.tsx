import { cleanup, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isDomainError } from '../../shared/domain/DomainError.ts';
import type { FieldbookData } from '../data/index.ts';
import { setLocalProfile } from '../data/testing/setLocalProfile.ts';
import {
  fixedClock,
  quoteSeed,
  renderQuotesApp,
} from '../modules/quotes/testing/quotesTestApp.tsx';
import { actAs, openQuotesTestData } from '../modules/quotes/testing/quotesTestData.ts';

let data: FieldbookData;
const rep = { id: '0190a000-0000-7000-8000-000000000021', role: 'rep' } as const;
const finance = { id: '0190a000-0000-7000-8000-000000000023', role: 'finance' } as const;
const clock = fixedClock('2026-11-28T08:00:00.000Z');

beforeEach(async () => {
  localStorage.clear();
  data = await openQuotesTestData();
});

afterEach(async () => {
  cleanup();
  await data.close();
});

async function storedAccount(id: string) {
  return (await data.db.collections.accounts?.findOne(id).exec())?.toJSON();
}

// Pasting keeps the test quick; each keystroke re-renders the dialog.
async function fill(user: UserEvent, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

function actAsFinance() {
  setLocalProfile({ id: finance.id, name: '刘芳', role: 'finance' });
}

describe('account page', () => {
  it('a rep fills in where the customer is: country, address, tax ID, checked before saving', async () => {
    actAs('rep', rep.id);
    const account = await quoteSeed(data, clock, rep).accounts.createAccount({
      name: 'Nordlicht Logistics GmbH',
    });
    const { user } = renderQuotesApp(data, `/accounts/${account.id}`, clock);
    await screen.findByRole('heading', { name: 'Nordlicht Logistics GmbH', level: 1 });
    // Credit terms are finance's.
    expect(screen.queryByRole('button', { name: 'Credit terms' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit account' });
    await fill(user, within(dialog).getByLabelText('Street and number'), 'Am Sandtorkai 48');
    await fill(user, within(dialog).getByLabelText('City'), 'Hamburg');
    await fill(user, within(dialog).getByLabelText('Postal code'), '20457');
    await fill(user, within(dialog).getByLabelText('Email'), 'einkauf at nordlicht.de');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    // Nothing is saved while the address has no country and the e-mail is not one.
    expect(within(dialog).getByText('Choose the country of this address.')).toBeTruthy();
    expect(within(dialog).getByText('Enter an email address like name@company.com.')).toBeTruthy();
    expect((await storedAccount(account.id))?.address).toBeUndefined();

    await user.clear(within(dialog).getByLabelText('Email'));
    await fill(user, within(dialog).getByLabelText('Email'), 'einkauf@nordlicht.de');
    await user.click(within(dialog).getByRole('combobox', { name: /^Country/ }));
    await user.paste('Germ');
    await user.click(await screen.findByRole('option', { name: 'Germany' }));
    await fill(user, within(dialog).getByLabelText(/^Tax ID/), 'DE123456789');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(async () =>
      expect(await storedAccount(account.id)).toMatchObject({
        country: 'DE',
        email: 'einkauf@nordlicht.de',
        taxId: 'DE123456789',
        address: { line1: 'Am Sandtorkai 48', city: 'Hamburg', postalCode: '20457', country: 'DE' },
      }),
    );
    expect(await screen.findByText('Am Sandtorkai 48, 20457 Hamburg, Germany')).toBeTruthy();
    expect(screen.getByText('DE123456789')).toBeTruthy();
  });

  it('finance sets the credit limit, payment terms and a hold, and nothing else', async () => {
    const account = await quoteSeed(data, clock, rep).accounts.createAccount({
      name: '上海华东贸易有限公司',
      country: 'CN',
    });
    actAsFinance();
    const { user } = renderQuotesApp(data, `/accounts/${account.id}`, clock, 'zh-CN');
    await screen.findByRole('heading', { name: '上海华东贸易有限公司', level: 1 });
    expect(screen.queryByRole('button', { name: '编辑' })).toBeNull();
    await user.click(screen.getByRole('button', { name: '信用条件' }));
    const dialog = await screen.findByRole('dialog', { name: '信用条件：上海华东贸易有限公司' });
    await fill(user, within(dialog).getByLabelText(/^信用额度/), '500,000');
    await fill(user, within(dialog).getByLabelText(/^付款条件/), '45');
    await user.click(within(dialog).getByRole('switch', { name: /^信用冻结/ }));
    await user.click(within(dialog).getByRole('button', { name: '保存信用条件' }));
    await waitFor(async () =>
      expect(await storedAccount(account.id)).toMatchObject({
        name: '上海华东贸易有限公司',
        creditLimit: { amount: 50_000_000, currency: 'CNY' },
        paymentTermsDays: 45,
        creditHold: true,
      }),
    );
    expect(await screen.findByText('45 天')).toBeTruthy();
    // Everyone on the account sees why its new orders wait.
    const alert = await screen.findByRole('alert', { name: /信用冻结中/ });
    expect(within(alert).getByText('财务已手动冻结。')).toBeTruthy();
  });

  it('refuses a rep who sets credit terms through the data layer, and changes nothing', async () => {
    const seed = quoteSeed(data, clock, rep);
    const account = await seed.accounts.createAccount({ name: 'Atlas Retail Group' });
    const attempts = [
      () =>
        seed.accounts.updateAccount(account.id, {
          creditLimit: { amount: 100_000_000, currency: 'CNY' },
        }),
      () => seed.accounts.setCreditTerms(account.id, { paymentTermsDays: 120 }),
      () =>
        seed.accounts.createAccount({
          name: 'Helix Pharma AG',
          creditHold: false,
          paymentTermsDays: 90,
        }),
    ];
    for (const attempt of attempts) {
      let refused: unknown;
      try {
        await attempt();
      } catch (error) {
        refused = error;
      }
      expect(isDomainError(refused, 'creditTermsFinanceOnly')).toBe(true);
    }
    expect(await storedAccount(account.id)).toEqual(
      expect.not.objectContaining({ creditLimit: expect.anything() }),
    );
    expect(await data.db.collections.accounts?.count().exec()).toBe(1);
  });

  it('a rep adds the new buyer at a customer, makes them the primary contact and edits them', async () => {
    actAs('rep', rep.id);
    const seed = quoteSeed(data, clock, rep);
    const account = await seed.accounts.createAccount({
      name: '上海华东贸易有限公司',
      country: 'CN',
    });
    const { user, router } = renderQuotesApp(data, `/accounts/${account.id}`, clock, 'zh-CN');
    await screen.findByRole('heading', { name: '上海华东贸易有限公司', level: 1 });
    const contacts = screen.getByRole('region', { name: '联系人' });
    await user.click(within(contacts).getByRole('button', { name: '添加联系人' }));
    const dialog = await screen.findByRole('dialog', {
      name: '为 上海华东贸易有限公司 添加联系人',
    });
    // Family name first, as Chinese names are written.
    const names = within(dialog).getAllByRole('textbox').slice(0, 2);
    expect(names.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
      '姓',
      '名',
    ]);
    await user.click(within(dialog).getByRole('button', { name: '添加联系人' }));
    expect(within(dialog).getByText('请输入姓名。')).toBeTruthy();
    await fill(user, within(dialog).getByLabelText('姓'), '陈');
    await fill(user, within(dialog).getByLabelText('名'), '静');
    await fill(user, within(dialog).getByLabelText('职位'), '采购经理');
    await fill(user, within(dialog).getByLabelText('手机'), '139');
    await user.click(within(dialog).getByRole('button', { name: '添加联系人' }));
    expect(within(dialog).getByText('请输入可拨打的电话号码，例如 138 0013 8000。')).toBeTruthy();
    await user.clear(within(dialog).getByLabelText('手机'));
    await fill(user, within(dialog).getByLabelText('手机'), '139 1234 5678');
    await user.click(within(dialog).getByRole('checkbox', { name: /主要联系人/ }));
    await user.click(within(dialog).getByRole('button', { name: '添加联系人' }));
    const link = await within(contacts).findByRole('link', { name: '陈静' });
    expect(within(contacts).getByText('主要联系人')).toBeTruthy();

    await router.navigate(link.getAttribute('href')?.replace(/^#/, '') ?? '/');
    await screen.findByRole('heading', { name: '陈静', level: 1 });
    await user.click(await screen.findByRole('button', { name: '编辑' }));
    const edit = await screen.findByRole('dialog', { name: '编辑联系人' });
    await user.clear(within(edit).getByLabelText('职位'));
    await fill(user, within(edit).getByLabelText('职位'), '采购总监');
    await user.click(within(edit).getByRole('button', { name: '保存更改' }));
    await waitFor(async () => {
      const [stored] = (await data.db.collections.contacts?.find().exec()) ?? [];
      expect(stored?.toJSON()).toMatchObject({
        accountId: account.id,
        lastName: '陈',
        firstName: '静',
        title: '采购总监',
        mobile: '139 1234 5678',
        isPrimary: true,
      });
    });
  });

  it('a rep creating an account is told of one by the same name, and creates a new one', async () => {
    actAs('rep', rep.id);
    await quoteSeed(data, clock, rep).accounts.createAccount({ name: 'Nordlicht Logistics GmbH' });
    const { user, router } = renderQuotesApp(data, '/accounts', clock);
    await user.click(await screen.findByRole('button', { name: 'New account' }));
    const dialog = await screen.findByRole('dialog', { name: 'New account' });
    await fill(user, within(dialog).getByLabelText(/^Company name/), 'Nordlicht Logistics');
    const same = await within(dialog).findByRole('alert', { name: /already an account/ });
    expect(within(same).getByRole('link', { name: 'Nordlicht Logistics GmbH' })).toBeTruthy();
    await user.clear(within(dialog).getByLabelText(/^Company name/));
    await fill(user, within(dialog).getByLabelText(/^Company name/), 'Nordwind Handel GmbH');
    expect(within(dialog).queryByRole('alert', { name: /already an account/ })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Create account' }));
    await screen.findByRole('heading', { name: 'Nordwind Handel GmbH', level: 1 });
    expect(router.state.location.pathname).toMatch(/^\/accounts\/[0-9a-f-]{36}$/);
  });
});
