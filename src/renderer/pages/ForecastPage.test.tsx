import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type FieldbookData,
  useAccountCommands,
  useOpportunityCommands,
  useSalesTargets,
} from '../data/index.ts';
import { setLocalProfile } from '../data/testing/setLocalProfile.ts';
import {
  hookValueFor,
  openPipelineTestData,
} from '../modules/pipeline/testing/pipelineTestData.tsx';
import { addMonths, monthOf } from '../modules/pipeline/utils/monthRange.ts';
import { renderApp } from '../test/renderApp.tsx';

let data: FieldbookData;

beforeEach(async () => {
  localStorage.clear();
  setLocalProfile({ id: 'manager-1', name: 'Zhang Wei', role: 'manager' });
  data = await openPipelineTestData();
});

afterEach(async () => {
  cleanup();
  await data.close();
});

// The money columns of the forecast table, by cell index after the row heading.
const moneyColumns = { open: 2, weighted: 3, commit: 4, bestCase: 5, closedWon: 6, target: 7 };

const cents = (text: string) =>
  text === '—' ? 0 : Math.round(Number(text.replace(/[^\d.]/g, '')) * 100);

/** Per money column: the footer as shown, and what its body cells add up to. */
function footerAndColumnSums(table: HTMLElement) {
  const cellsOf = (row: Element) =>
    [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '');
  const body = [...table.querySelectorAll('tbody tr')]
    .map(cellsOf)
    .filter((cells) => cells.length > 1);
  const footer = cellsOf(table.querySelector('tfoot tr') ?? table);
  const entries = Object.entries(moneyColumns);
  return {
    footer: Object.fromEntries(entries.map(([name, index]) => [name, cents(footer[index] ?? '')])),
    sums: Object.fromEntries(
      entries.map(([name, index]) => [
        name,
        body.reduce((sum, cells) => sum + cents(cells[index] ?? ''), 0),
      ]),
    ),
  };
}

describe('forecast page', () => {
  it('shows totals that add up their columns, the month targets included', async () => {
    const thisMonth = monthOf(new Date());
    const nextMonth = addMonths(thisMonth, 1);
    await hookValueFor(data, useSalesTargets).save({
      kind: 'salesTargets',
      targets: [
        {
          id: 't1',
          month: thisMonth,
          scope: 'owner',
          subjectId: 'manager-1',
          amount: { amount: 100_000, currency: 'USD' },
        },
        {
          id: 't2',
          month: nextMonth,
          scope: 'owner',
          subjectId: 'manager-1',
          amount: { amount: 200_000, currency: 'USD' },
        },
        // Someone outside this manager's view (no team directory: just the manager).
        {
          id: 't3',
          month: nextMonth,
          scope: 'owner',
          subjectId: 'someone-else',
          amount: { amount: 900_000, currency: 'USD' },
        },
      ],
    });
    const account = await hookValueFor(data, useAccountCommands).createAccount({ name: 'Acme' });
    const commands = hookValueFor(data, useOpportunityCommands);
    // One cent at 50 % in each month: each row shows $0.01 (half up), so the total is $0.02.
    for (const month of [thisMonth, nextMonth]) {
      await commands.createOpportunity({
        accountId: account.id,
        name: `Spare part ${month}`,
        amount: { amount: 1, currency: 'USD' },
        probability: 50,
        expectedCloseDate: `${month}-15`,
      });
    }
    const won = await commands.createOpportunity({
      accountId: account.id,
      name: 'Line upgrade',
      amount: { amount: 40_000, currency: 'USD' },
      expectedCloseDate: `${thisMonth}-20`,
    });
    await commands.changeStage(won.id, 'closed_won');

    renderApp(data, { path: '/forecast' });
    const table = await screen.findByRole('table', { name: 'Forecast' });
    const footer = () => within(table).getAllByRole('row').at(-1) as HTMLElement;
    const footerCells = () =>
      within(footer())
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    // Won $400 of $1,000 + $2,000; the other person's $9,000 is not this manager's to reach.
    await waitFor(() =>
      expect(footerCells()).toEqual([
        'USD',
        '2',
        '0.02',
        '0.02',
        '0.00',
        '0.00',
        '400.00',
        '3,000.00',
        '2,600.00',
      ]),
    );
    const { footer: shown, sums } = footerAndColumnSums(table);
    expect(shown).toEqual(sums);
  });
});
