import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AppProviders } from '../../../App.tsx';
import { createI18n } from '../../../i18n/createI18n.ts';
import type { SupportedLanguage } from '../../../i18n/languages.ts';
import { SyncStatusIndicator, type SyncStatusIndicatorProps } from './SyncStatusIndicator.tsx';

const now = new Date('2026-03-10T12:00:00.000Z');
const fiveMinutesAgo = '2026-03-10T11:55:00.000Z';

function renderIndicator(
  status: SyncStatusIndicatorProps['status'],
  language: SupportedLanguage = 'en',
) {
  let syncNowCalls = 0;
  render(
    <AppProviders i18n={createI18n(language)} env="test">
      <SyncStatusIndicator
        status={status}
        now={now}
        onSyncNow={() => {
          syncNowCalls += 1;
        }}
      />
    </AppProviders>,
  );
  return { syncNowCalls: () => syncNowCalls };
}

afterEach(cleanup);

describe('SyncStatusIndicator', () => {
  it.each([
    ['offline', 'en', 'Offline'],
    ['syncing', 'en', 'Syncing'],
    ['synced', 'en', 'Synced'],
    ['error', 'en', 'Sync error'],
    ['offline', 'zh-CN', '离线'],
    ['syncing', 'zh-CN', '同步中'],
    ['synced', 'zh-CN', '已同步'],
    ['error', 'zh-CN', '同步出错'],
  ] as const)('says exactly the state word for %s in %s', (state, language, word) => {
    renderIndicator({ state, pendingChanges: 0, lastSyncedAt: fiveMinutesAgo }, language);
    const name = language === 'en' ? 'Sync status' : '同步状态';
    expect(screen.getByRole('status', { name }).textContent).toBe(word);
  });

  it('shows pending changes and the last sync as a relative time', () => {
    renderIndicator({ state: 'offline', pendingChanges: 10, lastSyncedAt: fiveMinutesAgo });
    expect(screen.getByTestId('sync-details').textContent).toBe(
      '10 changes waiting · Last synced 5 minutes ago',
    );
  });

  it('says so in Chinese, and when nothing was ever synced', () => {
    renderIndicator({ state: 'syncing', pendingChanges: 1 }, 'zh-CN');
    expect(screen.getByTestId('sync-details').textContent).toBe('1 项更改待同步 · 尚未同步');
    expect(screen.getByRole('button', { name: '立即同步' })).toBeTruthy();
  });

  it('syncs on "Sync now", which is off while offline', async () => {
    const user = userEvent.setup();
    const online = renderIndicator({ state: 'synced', pendingChanges: 0 });
    await user.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(online.syncNowCalls()).toBe(1);
    expect(screen.getByTestId('sync-details').textContent).toBe('Nothing waiting · Not synced yet');
  });

  it('disables "Sync now" while offline', () => {
    renderIndicator({ state: 'offline', pendingChanges: 2 });
    expect(screen.getByRole('button', { name: 'Sync now' }).hasAttribute('disabled')).toBe(true);
  });
});
