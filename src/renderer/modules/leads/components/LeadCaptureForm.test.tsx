import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldbookData } from '../../../data/index.ts';
import { openUiTestData, renderApp } from '../../../test/renderApp.tsx';

let data: FieldbookData;

beforeEach(async () => {
  localStorage.clear();
  data = await openUiTestData();
});

afterEach(async () => {
  cleanup();
  await data.close();
});

function inputValue(element: HTMLElement): string {
  if (!(element instanceof HTMLInputElement)) throw new Error('not an input');
  return element.value;
}

async function storedLeads() {
  const docs = await data.leads.find().exec();
  return docs.map((doc) => doc.toJSON());
}

describe('quick lead capture', () => {
  it('captures several leads in a row with the keyboard only', async () => {
    const { user } = renderApp(data);
    await screen.findByRole('button', { name: 'New lead' });

    await user.keyboard('{Control>}n{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'New lead' });
    const firstName = within(dialog).getByLabelText('First name');
    await waitFor(() => expect(document.activeElement).toBe(firstName));

    await user.keyboard(
      'Anna{Tab}Berg{Tab}Nordlicht GmbH{Tab}Head of Sales{Tab}anna@nordlicht.de{Enter}',
    );
    await waitFor(async () => expect(await storedLeads()).toHaveLength(1));
    expect(inputValue(firstName)).toBe('');
    expect(document.activeElement).toBe(firstName);
    expect(inputValue(within(dialog).getByLabelText('Email'))).toBe('');

    await user.keyboard('丽{Tab}王{Tab}上海星辰科技有限公司{Tab}{Tab}{Tab}138 0013 8000{Enter}');
    await waitFor(async () => expect(await storedLeads()).toHaveLength(2));
    expect(document.activeElement).toBe(firstName);
    await screen.findByText('2 leads captured in this session');

    const leads = await storedLeads();
    expect(leads.map((lead) => lead.company).sort()).toEqual([
      'Nordlicht GmbH',
      '上海星辰科技有限公司',
    ]);
    expect(leads.find((lead) => lead.lastName === '王')).toMatchObject({
      firstName: '丽',
      phone: '138 0013 8000',
      status: 'new',
    });
  });

  it('explains what is missing or wrong and saves nothing', async () => {
    const { user } = renderApp(data);
    await user.click(await screen.findByRole('button', { name: 'New lead' }));
    const dialog = await screen.findByRole('dialog', { name: 'New lead' });

    await user.click(within(dialog).getByRole('button', { name: 'Save lead' }));
    expect(within(dialog).getByText('Enter a name or a company.')).toBeTruthy();
    expect(within(dialog).getByText('Enter an email or a phone number.')).toBeTruthy();

    await user.type(within(dialog).getByLabelText('Company'), 'Acme');
    await user.type(within(dialog).getByLabelText('Email'), 'not-an-email');
    await user.type(within(dialog).getByLabelText('Phone'), '12{Enter}');
    expect(within(dialog).queryByText('Enter a name or a company.')).toBeNull();
    expect(
      within(dialog).getByText('Enter a valid email address, like name@company.com.'),
    ).toBeTruthy();
    expect(
      within(dialog).getByText('Enter a valid phone number, like +86 138 0013 8000.'),
    ).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Email'));
    expect(within(dialog).getByLabelText('Email').getAttribute('aria-invalid')).toBe('true');

    // Give a write that should not happen the chance to happen.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await storedLeads()).toHaveLength(0);
  });

  it('asks for the family name first and shows messages in Chinese', async () => {
    const { user } = renderApp(data, { language: 'zh-CN' });
    await user.click(await screen.findByRole('button', { name: '新建线索' }));
    const dialog = await screen.findByRole('dialog', { name: '新建线索' });
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('姓')));

    await user.keyboard('{Enter}');
    expect(within(dialog).getByText('请填写姓名或公司。')).toBeTruthy();
    expect(await storedLeads()).toHaveLength(0);
  });
});
