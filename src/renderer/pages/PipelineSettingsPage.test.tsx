import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldbookData } from '../data/index.ts';
import { setLocalProfile } from '../data/testing/setLocalProfile.ts';
import { openPipelineTestData } from '../modules/pipeline/testing/pipelineTestData.tsx';
import { renderApp } from '../test/renderApp.tsx';

let data: FieldbookData;

function signInLocally(role: 'manager' | 'rep') {
  setLocalProfile({ id: `${role}-1`, name: role === 'manager' ? 'Zhang Wei' : 'Wang Li', role });
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

describe('targets and stages settings', () => {
  it('a manager adds a monthly target, is stopped at a duplicate, and the forecast shows it', async () => {
    signInLocally('manager');
    const { user, router } = renderApp(data, { path: '/forecast' });
    await user.click(await screen.findByRole('link', { name: 'Edit targets' }));
    await screen.findByRole('heading', { name: 'Targets and stages' });
    expect(screen.getByText('No targets yet.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Add target' }));
    await user.type(screen.getByRole('textbox', { name: 'Target amount (Target 1)' }), '1,000');
    // A second target for the same month, owner and currency is refused before saving.
    await user.click(screen.getByRole('button', { name: 'Add target' }));
    await user.type(screen.getByRole('textbox', { name: 'Target amount (Target 2)' }), '5');
    await user.click(screen.getByRole('button', { name: 'Save targets' }));
    expect(
      await screen.findByText(
        'There is already a target for this month, person or team and currency.',
      ),
    ).toBeTruthy();
    expect(await storedSetting('salesTargets')).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Remove target 2' }));
    await user.click(screen.getByRole('button', { name: 'Save targets' }));
    await waitFor(async () =>
      expect(await storedSetting('salesTargets')).toMatchObject({
        targets: [
          { scope: 'owner', subjectId: 'manager-1', amount: { amount: 100_000, currency: 'CNY' } },
        ],
      }),
    );

    await router.navigate('/forecast');
    const table = await screen.findByRole('table', { name: 'Forecast' });
    // Target and what remains, in the month's row and in the total row.
    await waitFor(() => expect(within(table).getAllByText(/1,000\.00/).length).toBe(4));
  });

  it('refuses an unreadable amount with a message', async () => {
    signInLocally('manager');
    const { user } = renderApp(data, { path: '/settings/pipeline' });
    await user.click(await screen.findByRole('button', { name: 'Add target' }));
    await user.type(screen.getByRole('textbox', { name: 'Target amount (Target 1)' }), '12.345');
    await user.click(screen.getByRole('button', { name: 'Save targets' }));
    expect(await screen.findByText('Enter an amount of zero or more.')).toBeTruthy();
    expect(await storedSetting('salesTargets')).toBeUndefined();
  });

  it('a manager renames a stage and changes its probability; the kanban shows the new name', async () => {
    signInLocally('manager');
    const { user, router } = renderApp(data, { path: '/settings/pipeline' });
    const name = await screen.findByRole('textbox', { name: 'Proposal: English name' });
    await user.clear(name);
    await user.type(name, 'Quoted');
    const probability = screen.getByRole('textbox', { name: 'Proposal: default probability' });
    await user.clear(probability);
    await user.type(probability, '40');
    expect(
      (screen.getByRole('textbox', { name: 'Closed won: default probability' }) as HTMLInputElement)
        .disabled,
    ).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Save stages' }));
    await waitFor(async () =>
      expect(await storedSetting('opportunityStages')).toMatchObject({
        stages: expect.arrayContaining([
          { stage: 'proposal', label: { zh: '方案报价', en: 'Quoted' }, probability: 40 },
        ]),
      }),
    );

    await router.navigate('/pipeline');
    expect(await screen.findByRole('heading', { name: 'Quoted' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Proposal' })).toBeNull();
  });

  it('asks for a stage name in at least one language', async () => {
    signInLocally('manager');
    const { user } = renderApp(data, { path: '/settings/pipeline' });
    await user.clear(await screen.findByRole('textbox', { name: 'Negotiation: English name' }));
    await user.clear(screen.getByRole('textbox', { name: 'Negotiation: Chinese name' }));
    await user.click(screen.getByRole('button', { name: 'Save stages' }));
    expect(await screen.findByText('Enter a name in at least one language.')).toBeTruthy();
    expect(await storedSetting('opportunityStages')).toBeUndefined();
  });

  it('a rep sees the settings read-only', async () => {
    signInLocally('rep');
    renderApp(data, { path: '/settings/pipeline' });
    expect(
      (await screen.findAllByText('Only managers and admins can change these settings.')).length,
    ).toBe(2);
    expect(screen.queryByRole('button', { name: 'Add target' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save stages' })).toBeNull();
    expect(
      (screen.getByRole('textbox', { name: 'Proposal: English name' }) as HTMLInputElement)
        .disabled,
    ).toBe(true);
  });
});
