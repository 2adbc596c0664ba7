import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEventCommands } from '../../../data/events/eventCommands.ts';
import { leadsForExport } from '../../../data/import/leadsForExport.ts';
import type { FieldbookData } from '../../../data/index.ts';
import { createLeadCommands } from '../../../data/leads/leadCommands.ts';
import { saveSetting } from '../../../data/settings/settingsStore.ts';
import { fixedClock, renderQuotesApp } from '../../quotes/testing/quotesTestApp.tsx';
import { actAs, openQuotesTestData } from '../../quotes/testing/quotesTestData.ts';

let data: FieldbookData;
const rep = { id: '0190a000-0000-7000-8000-000000000041', role: 'rep' } as const;
const manager = { id: '0190a000-0000-7000-8000-000000000042', role: 'manager' } as const;
const clock = fixedClock('2026-03-02T08:00:00.000Z');

beforeEach(async () => {
  localStorage.clear();
  actAs('rep', rep.id);
  data = await openQuotesTestData();
  await saveSetting(
    { data, clock, user: manager },
    {
      kind: 'consentTexts',
      texts: [
        { id: 'm1', purpose: 'marketing', version: 1, text: { zh: '旧版', en: 'Old wording' } },
        {
          id: 'm2',
          purpose: 'marketing',
          version: 2,
          text: { zh: '我同意接收产品信息。', en: 'I agree to receive product news.' },
        },
        { id: 's1', purpose: 'service', version: 5, text: { zh: '服务', en: 'Service only' } },
      ],
    },
  );
});

afterEach(async () => {
  cleanup();
  await data.close();
});

async function storedLeads() {
  return (await data.leads.find().exec()).map((doc) => doc.toJSON());
}

describe('consent at lead capture', () => {
  it('shows the newest marketing text and stores it with version and time', async () => {
    const { user } = renderQuotesApp(data, '/leads', clock);
    await user.click(await screen.findByRole('button', { name: 'New lead' }));
    const dialog = await screen.findByRole('dialog', { name: 'New lead' });
    const consent = within(dialog).getByRole('checkbox', { name: 'Agreed to be contacted' });
    expect(within(dialog).getByText('I agree to receive product news.')).toBeTruthy();
    expect(within(dialog).getByText('Version 2')).toBeTruthy();
    expect(within(dialog).queryByText('Old wording')).toBeNull();

    await user.type(within(dialog).getByLabelText('First name'), 'Anna');
    await user.type(within(dialog).getByLabelText('Last name'), 'Berg');
    await user.type(within(dialog).getByLabelText('Email'), 'anna@nordlicht.de');
    await user.click(consent);
    await user.click(within(dialog).getByRole('button', { name: /Save/ }));
    await waitFor(async () => expect(await storedLeads()).toHaveLength(1));

    await user.type(within(dialog).getByLabelText('First name'), 'Tom');
    await user.type(within(dialog).getByLabelText('Email'), 'tom@example.com');
    await user.click(within(dialog).getByRole('button', { name: /Save/ }));
    await waitFor(async () => expect(await storedLeads()).toHaveLength(2));

    const leads = await storedLeads();
    expect(leads.find((lead) => lead.firstName === 'Anna')?.consent).toEqual({
      given: true,
      at: '2026-03-02T08:00:00.000Z',
      text: 'I agree to receive product news.',
      version: '2',
    });
    expect(leads.find((lead) => lead.firstName === 'Tom')?.consent).toEqual({ given: false });

    // The list flags the lead without consent, and only that one.
    await user.keyboard('{Escape}');
    const tom = await screen.findByRole('row', { name: /Tom/ });
    expect(within(tom).getByText('No consent')).toBeTruthy();
    const anna = screen.getByRole('row', { name: /Anna Berg/ });
    expect(within(anna).queryByText('No consent')).toBeNull();
  });

  it('shows the text in Chinese when the app is in Chinese', async () => {
    const { user } = renderQuotesApp(data, '/leads', clock, 'zh-CN');
    await user.click(await screen.findByRole('button', { name: '新建线索' }));
    const dialog = await screen.findByRole('dialog', { name: '新建线索' });
    expect(within(dialog).getByText('我同意接收产品信息。')).toBeTruthy();
    expect(within(dialog).getByText('版本 2')).toBeTruthy();
  });

  it('the lead page shows the consent record, the event and the qualification answers', async () => {
    const event = await createEventCommands({ data, clock, user: manager }).createEvent({
      name: 'CeBIT Shanghai 2026',
      kind: 'trade_show',
      startsOn: '2026-03-01',
      endsOn: '2026-03-03',
      qualificationQuestions: [
        {
          id: 'q1',
          type: 'single',
          prompt: 'Budget this year?',
          required: false,
          options: [
            { id: 'o1', label: 'Under 100k' },
            { id: 'o2', label: '100k or more' },
          ],
        },
        { id: 'q2', type: 'yesno', prompt: 'Decision maker?', required: false, options: [] },
        {
          id: 'q3',
          type: 'rating',
          prompt: 'Interest',
          required: false,
          options: [],
          ratingMax: 5,
        },
      ],
      notes: '',
    });
    const leads = createLeadCommands({ data, clock, user: rep });
    const agreed = await leads.createLead({
      firstName: '伟',
      lastName: '张',
      company: '上海宏达机械',
      email: 'zhang.wei@hongda.cn',
      source: 'trade_show',
      eventId: event.id,
      consent: { given: true, at: '2026-03-02T07:30:00.000Z', text: '同意联系我。', version: 'v3' },
      answers: [
        { questionId: 'q1', optionIds: ['o2'] },
        { questionId: 'q2', yes: true },
        { questionId: 'q3', rating: 4 },
      ],
    });
    const { unmount } = renderQuotesApp(data, `/leads/${agreed.id}`, clock);
    const record = await screen.findByRole('region', { name: 'Consent' });
    expect(within(record).getByText('Given')).toBeTruthy();
    expect(within(record).getByText('Text agreed to (version v3)')).toBeTruthy();
    expect(within(record).getByText('同意联系我。')).toBeTruthy();
    expect(within(record).getByText(/2026/)).toBeTruthy();
    const answers = screen.getByRole('region', { name: 'Event and qualification answers' });
    expect(await within(answers).findByText('CeBIT Shanghai 2026')).toBeTruthy();
    await within(answers).findByText('Budget this year?');
    expect(within(answers).getByText('100k or more')).toBeTruthy();
    expect(within(answers).getByText('Decision maker?').nextSibling?.textContent).toBe('Yes');
    expect(within(answers).getByText('Interest').nextSibling?.textContent).toBe('4 of 5');
    expect(screen.queryByText('No consent')).toBeNull();
    unmount();

    const refused = await leads.createLead({ company: 'Harbor', email: 'info@harbor.com' });
    renderQuotesApp(data, `/leads/${refused.id}`, clock);
    const missing = await screen.findByRole('region', { name: 'Consent' });
    expect(
      within(missing).getByText('Left out of marketing exports until the lead agrees.'),
    ).toBeTruthy();
    expect(screen.getAllByText('No consent').length).toBe(2);

    // The marketing export leaves the lead without consent out; the full export keeps both.
    const sort = { field: 'createdAt', direction: 'asc' } as const;
    const marketing = await leadsForExport(data, { sort }, { consentOnly: true });
    expect(marketing.map((lead) => lead.id)).toEqual([agreed.id]);
    // Both were made at the same clock time, so their order is not the point here.
    expect((await leadsForExport(data, { sort })).map((lead) => lead.id).sort()).toEqual(
      [agreed.id, refused.id].sort(),
    );
  });
});
