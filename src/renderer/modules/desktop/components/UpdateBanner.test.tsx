import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { UpdateStatus } from '../../../../shared/platform/PlatformApi.ts';
import { AppProviders } from '../../../App.tsx';
import { createI18n } from '../../../i18n/createI18n.ts';
import { OpenAtLoginSwitch } from './OpenAtLoginSwitch.tsx';
import { UpdateBanner } from './UpdateBanner.tsx';

// The updater runs only in a packaged desktop app; this shell feeds the banner its statuses.
function updateShell(first: UpdateStatus) {
  const listeners = new Set<(status: UpdateStatus) => void>();
  let installs = 0;
  return {
    shell: {
      getUpdateStatus: async () => first,
      onUpdateStatus: (listener: (status: UpdateStatus) => void) => {
        listeners.add(listener);
        return () => {
          listeners.delete(listener);
        };
      },
      installUpdate: async () => {
        installs += 1;
      },
    },
    push: (status: UpdateStatus) =>
      act(() => {
        for (const listener of listeners) listener(status);
      }),
    installs: () => installs,
  };
}

describe('UpdateBanner', () => {
  it('shows nothing in a browser or when up to date', async () => {
    render(
      <AppProviders i18n={createI18n('en')} env="test">
        <UpdateBanner shell={updateShell({ state: 'unsupported' }).shell} />
      </AppProviders>,
    );
    await act(async () => undefined);
    expect(screen.queryByRole('status', { name: 'App update' })).toBeNull();
  });

  it('says an update is coming, then offers to restart and installs it', async () => {
    const user = userEvent.setup();
    const updates = updateShell({ state: 'available', version: '1.4.0' });
    render(
      <AppProviders i18n={createI18n('en')} env="test">
        <UpdateBanner shell={updates.shell} />
      </AppProviders>,
    );
    expect(await screen.findByText('Fieldbook 1.4.0 is available and downloading…')).toBeTruthy();
    updates.push({ state: 'downloading', version: '1.4.0', percent: 40 });
    expect(screen.getByText('Downloading Fieldbook 1.4.0: 40%')).toBeTruthy();
    updates.push({ state: 'ready', version: '1.4.0' });
    await user.click(screen.getByRole('button', { name: 'Restart to update' }));
    expect(updates.installs()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('button', { name: 'Restart to update' })).toBeNull();
  });

  it('speaks Chinese', async () => {
    render(
      <AppProviders i18n={createI18n('zh-CN')} env="test">
        <UpdateBanner shell={updateShell({ state: 'ready', version: '2.0.0' }).shell} />
      </AppProviders>,
    );
    expect(await screen.findByRole('button', { name: '重启并更新' })).toBeTruthy();
  });
});

describe('OpenAtLoginSwitch', () => {
  it('turns starting at sign-in on and off on the desktop', async () => {
    const user = userEvent.setup();
    let enabled = false;
    const shell = {
      kind: 'electron' as const,
      getOpenAtLogin: async () => ({ supported: true, enabled }),
      setOpenAtLogin: async (next: boolean) => {
        enabled = next;
        return { supported: true, enabled };
      },
    };
    render(
      <AppProviders i18n={createI18n('en')} env="test">
        <OpenAtLoginSwitch shell={shell} />
      </AppProviders>,
    );
    const toggle = await screen.findByRole('switch', {
      name: 'Open Fieldbook when I sign in to this computer',
    });
    await user.click(toggle);
    expect(enabled).toBe(true);
    expect((toggle as HTMLInputElement).checked).toBe(true);
  });
});
