import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type FieldbookData,
  useAccountCommands,
  useOpportunityCommands,
} from '../../../data/index.ts';
import { renderApp } from '../../../test/renderApp.tsx';
import { hookValueFor, openPipelineTestData, storedRecords } from '../testing/pipelineTestData.tsx';

let data: FieldbookData;

beforeEach(async () => {
  localStorage.clear();
  data = await openPipelineTestData();
});

afterEach(async () => {
  cleanup();
  await data.close();
});

async function seedDeal() {
  const account = await hookValueFor(data, useAccountCommands).createAccount({
    name: 'Nordlicht GmbH',
  });
  return hookValueFor(data, useOpportunityCommands).createOpportunity({
    accountId: account.id,
    name: 'Forklift fleet',
    amount: { amount: 4_500_000, currency: 'EUR' },
    expectedCloseDate: '2030-06-30',
  });
}

const stageOf = async () => (await storedRecords(data, 'opportunities'))[0]?.stage;

describe('pipeline board', () => {
  it('moves a focused card with the arrow keys and shows per-stage totals', async () => {
    await seedDeal();
    const { user } = renderApp(data, { path: '/pipeline' });
    const card = await screen.findByRole('article', { name: /Forklift fleet/ });
    // Account names come from their own live query, a moment after the deals.
    await waitFor(() => expect(within(card).getByText('Nordlicht GmbH')).toBeTruthy());
    expect(screen.getByTestId('stage-total-prospecting').textContent).toBe('€45,000.00');

    card.focus();
    await user.keyboard('{ArrowRight}');
    await waitFor(async () => expect(await stageOf()).toBe('qualification'));
    await waitFor(() =>
      expect(screen.getByTestId('stage-total-qualification').textContent).toBe('€45,000.00'),
    );
    expect(screen.getByTestId('stage-total-prospecting').textContent).toBe('—');
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toMatch(/Qualification/),
    );

    await user.keyboard('{ArrowRight}');
    await waitFor(async () => expect(await stageOf()).toBe('proposal'));
    const history = (await storedRecords(data, 'opportunities'))[0]?.stageHistory;
    expect(history).toMatchObject([
      { from: 'prospecting', to: 'qualification' },
      { from: 'qualification', to: 'proposal' },
    ]);
  });

  it('asks why when a deal is moved to Closed lost from the stage menu', async () => {
    await seedDeal();
    const { user } = renderApp(data, { path: '/pipeline' });
    await user.click(await screen.findByRole('button', { name: 'Move Forklift fleet to stage' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Closed lost' }));
    const dialog = await screen.findByRole('dialog', { name: 'Why was this deal lost?' });
    await user.click(within(dialog).getByRole('button', { name: 'Mark as lost' }));
    expect(within(dialog).getByText('Enter a reason.')).toBeTruthy();
    expect(await stageOf()).toBe('prospecting');

    await user.type(within(dialog).getByLabelText(/Loss reason/), 'Lost on price');
    await user.click(within(dialog).getByRole('button', { name: 'Mark as lost' }));
    await waitFor(async () => expect(await stageOf()).toBe('closed_lost'));
    expect((await storedRecords(data, 'opportunities'))[0]).toMatchObject({
      lostReason: 'Lost on price',
    });
  });

  it('puts only the cards in view of a long column in the DOM, and lists them as part of the whole', async () => {
    const account = await hookValueFor(data, useAccountCommands).createAccount({ name: 'Acme' });
    const commands = hookValueFor(data, useOpportunityCommands);
    for (let day = 10; day < 40; day += 1) {
      await commands.createOpportunity({
        accountId: account.id,
        name: `Deal ${day}`,
        amount: { amount: 100_000, currency: 'EUR' },
        expectedCloseDate: `2030-07-${String(day - 9).padStart(2, '0')}`,
      });
    }
    renderApp(data, { path: '/pipeline' });
    const column = await screen.findByRole('list', { name: 'Prospecting: 30 deals' });
    expect(screen.getByTestId('stage-total-prospecting').textContent).toBe('€30,000.00');
    const cards = within(column).getAllByRole('article');
    // A screenful (700 px before layout) and a couple more, not all 30.
    expect(cards.length).toBeGreaterThan(2);
    expect(cards.length).toBeLessThan(10);
    expect(cards[0]?.getAttribute('aria-label')).toMatch(/^Deal 10/);
    expect(within(column).getAllByRole('listitem')[0]?.getAttribute('aria-setsize')).toBe('30');
  });

  it('lists the latest win first in the won column, the soonest close first in open ones', async () => {
    const account = await hookValueFor(data, useAccountCommands).createAccount({ name: 'Acme' });
    const commands = hookValueFor(data, useOpportunityCommands);
    const deal = (name: string, expectedCloseDate: string) =>
      commands.createOpportunity({
        accountId: account.id,
        name,
        amount: { amount: 100_000, currency: 'EUR' },
        expectedCloseDate,
      });
    const spring = await deal('Spring order', '2030-03-01');
    const summer = await deal('Summer order', '2030-08-01');
    await deal('Open in autumn', '2030-10-01');
    await deal('Open in spring', '2030-04-01');
    // Won in the order they happened: spring, then summer (the latest win).
    await commands.changeStage(spring.id, 'closed_won');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await commands.changeStage(summer.id, 'closed_won');
    renderApp(data, { path: '/pipeline' });
    const won = await screen.findByRole('list', { name: 'Closed won: 2 deals' });
    const names = () =>
      within(won)
        .getAllByRole('article')
        .map((card) => card.getAttribute('aria-label') ?? '');
    await waitFor(() => expect(names()[0]).toMatch(/^Summer order/));
    expect(names()[1]).toMatch(/^Spring order/);
    const open = screen.getByRole('list', { name: 'Prospecting: 2 deals' });
    expect(within(open).getAllByRole('article')[0]?.getAttribute('aria-label')).toMatch(
      /^Open in spring/,
    );
  });
});
