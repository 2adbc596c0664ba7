import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createActivityCommands } from '../data/activities/activityCommands.ts';
import { createContactCommands } from '../data/contacts/contactCommands.ts';
import type { FieldbookData } from '../data/index.ts';
import { createOpportunityCommands } from '../data/opportunities/opportunityCommands.ts';
import { steppingClock } from '../data/testing/openTestData.ts';
import { actAs, commandsAs, openOrdersTestData } from '../modules/orders/testing/ordersTestData.ts';
import { renderApp } from '../test/renderApp.tsx';

let data: FieldbookData;

beforeEach(async () => {
  localStorage.clear();
  actAs('rep');
  data = await openOrdersTestData();
});

afterEach(async () => {
  cleanup();
  await data.close();
});

describe('account and deal timelines', () => {
  it("shows the whole relationship in the account's timeline: its contacts' and deals' activity too", async () => {
    const account = await commandsAs(data, 'rep').accounts.createAccount({
      name: '苏州瑞丰精密机械有限公司',
    });
    const context = { data, clock: steppingClock(), user: { id: 'rep-1', role: 'rep' as const } };
    const contact = await createContactCommands(context).createContact({
      accountId: account.id,
      firstName: '杰',
      lastName: '周',
    });
    const deal = await createOpportunityCommands(context).createOpportunity({
      accountId: account.id,
      name: 'AGV 2027',
      amount: { amount: 80_000_00, currency: 'CNY' },
      expectedCloseDate: '2027-02-26',
      contactIds: [contact.id],
    });
    const activities = createActivityCommands(context);
    // What conversion moved onto the contact, a call about the deal, a note on the account.
    await activities.logActivity({
      type: 'call',
      subject: 'Met at CeMAT, wants a demo unit',
      related: { collection: 'contacts', id: contact.id },
    });
    await activities.logActivity({
      type: 'meeting',
      subject: 'Demo on site',
      related: { collection: 'opportunities', id: deal.id },
    });
    await activities.logActivity({
      type: 'note',
      subject: 'Pays by bank transfer only',
      related: { collection: 'accounts', id: account.id },
    });
    // Another account's activity stays out.
    const other = await commandsAs(data, 'rep').accounts.createAccount({ name: 'Nordlicht GmbH' });
    await activities.logActivity({
      type: 'note',
      subject: 'Not this customer',
      related: { collection: 'accounts', id: other.id },
    });

    const { router } = renderApp(data, { path: `/accounts/${account.id}` });
    const timeline = await screen.findByRole('list', { name: 'Timeline' });
    // The contacts and deals load first, then their activity joins the account's own.
    await waitFor(() => expect(within(timeline).getAllByRole('listitem')).toHaveLength(3));
    const items = within(timeline).getAllByRole('listitem');
    expect(items.map((item) => within(item).getAllByText(/./)[0]?.textContent)).toEqual([
      'Pays by bank transfer only',
      'Demo on site',
      'Met at CeMAT, wants a demo unit',
    ]);
    // Each rolled-up entry says where it was logged and leads there.
    expect(within(items[0] as HTMLElement).queryByRole('link')).toBeNull();
    expect(within(items[1] as HTMLElement).getByRole('link', { name: 'On AGV 2027' })).toBeTruthy();
    const onContact = within(items[2] as HTMLElement).getByRole('link', { name: 'On 周杰' });
    onContact.click();
    expect(router.state.location.pathname).toBe(`/contacts/${contact.id}`);

    // The deal's timeline shows its contact's calls too, not the account's own note.
    await router.navigate(`/opportunities/${deal.id}`);
    await screen.findByRole('heading', { level: 1, name: 'AGV 2027' });
    const dealTimeline = await screen.findByRole('list', { name: 'Timeline' });
    await waitFor(() => expect(within(dealTimeline).getAllByRole('listitem')).toHaveLength(2));
    expect(within(dealTimeline).getByText('Met at CeMAT, wants a demo unit')).toBeTruthy();
    expect(within(dealTimeline).getByRole('link', { name: 'On 周杰' })).toBeTruthy();
    expect(within(dealTimeline).queryByText('Pays by bank transfer only')).toBeNull();
  });
});
