import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldbookData } from '../data/index.ts';
import { openUiTestData, renderApp } from '../test/renderApp.tsx';

const at = '2026-11-27T09:30:00.000Z';

describe('Sync issues and Conflicts pages with content', () => {
  let data: FieldbookData;
  beforeEach(async () => {
    data = await openUiTestData();
  });
  afterEach(async () => data.close());

  it('shows a refused write with its reason and the values the person entered, until dismissed', async () => {
    await data.sync.store.addIssues([
      {
        id: 'issue-1',
        collection: 'leads',
        docId: '0195a3c2-7f00-7000-8000-000000000001',
        code: 'forbidden',
        message: 'You cannot give this record to that user',
        values: {
          firstName: '丽',
          lastName: '王',
          company: '上海星辰科技有限公司',
          email: 'wang.li@example.cn',
        },
        at,
      },
    ]);
    const { user } = renderApp(data, { path: '/sync-issues' });
    const card = await screen.findByRole('article');
    expect(within(card).getByText('You are not allowed to change this record.')).toBeTruthy();
    expect(within(card).getByText('上海星辰科技有限公司')).toBeTruthy();
    expect(within(card).getByText('wang.li@example.cn')).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Dismiss' }));
    expect(await screen.findByText('No sync issues')).toBeTruthy();
    expect(await data.sync.store.listIssues()).toEqual([]);
  });

  it('shows a losing value next to the kept one, in Chinese too', async () => {
    await data.sync.store.addConflicts([
      {
        id: 'conflict-1',
        collection: 'leads',
        docId: '0195a3c2-7f00-7000-8000-000000000002',
        path: 'notes',
        keptValue: 'Call back on Monday',
        lostValue: '周一回电',
        kept: 'remote',
        at,
      },
    ]);
    renderApp(data, { path: '/conflicts', language: 'zh-CN' });
    expect(await screen.findByText('Call back on Monday')).toBeTruthy();
    expect(screen.getByText('周一回电')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: '冲突' })).toBeTruthy();
  });
});
