import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../App.tsx';
import { type FieldbookData, openFieldbookData } from '../../../data/index.ts';
import { createI18n } from '../../../i18n/createI18n.ts';
import type { SupportedLanguage } from '../../../i18n/languages.ts';
import { appRoutes } from '../../../routes.tsx';

type Answer = { status: number; body?: unknown } | 'network-down';

const rep = {
  id: '0190a0b0-0000-7000-8000-000000000001',
  email: 'rep1@demo.fieldbook',
  name: 'Rita Rep',
  role: 'rep',
  teamId: 'team-east',
};

let counter = 0;
let opened: FieldbookData | undefined;

/**
 * Real data layer and real `signIn`; only the network is replaced, answering the login request
 * as a server would and refusing every other request as an unreachable host does.
 */
async function openWithServer(login: Answer): Promise<{ data: FieldbookData; requests: string[] }> {
  const requests: string[] = [];
  const fakeFetch: typeof fetch = async (input) => {
    const url = input instanceof Request ? input.url : String(input);
    requests.push(url);
    if (!url.endsWith('/api/auth/login') || login === 'network-down') {
      throw new TypeError('Failed to fetch');
    }
    return new Response(login.body === undefined ? null : JSON.stringify(login.body), {
      status: login.status,
      headers: { 'content-type': 'application/json' },
    });
  };
  counter += 1;
  const data = await openFieldbookData({
    name: `fieldbook-signin-${Date.now()}-${counter}`,
    multiInstance: false,
    indexedDB,
    IDBKeyRange,
    collections: ['leads', 'events'],
    sync: { fetch: fakeFetch, autoResume: false, tuning: { retryTimeMs: 60_000 } },
  });
  opened = data;
  return { data, requests };
}

function renderSignIn(data: FieldbookData, language: SupportedLanguage = 'en') {
  const router = createMemoryRouter(appRoutes, { initialEntries: ['/sign-in'] });
  const user = userEvent.setup();
  let removed = 0;
  render(
    <App
      data={data}
      i18n={createI18n(language)}
      env="test"
      onLocalDataRemoved={() => {
        removed += 1;
      }}
    >
      <RouterProvider router={router} />
    </App>,
  );
  return { user, router, removedCount: () => removed };
}

async function fillAndSubmit(user: ReturnType<typeof userEvent.setup>, language: 'en' | 'zh-CN') {
  const label =
    language === 'en'
      ? { url: 'Server URL', email: 'Email', password: 'Password', submit: 'Sign in' }
      : { url: '服务器地址', email: '邮箱', password: '密码', submit: '登录' };
  await user.type(screen.getByLabelText(label.url), 'http://sync.example.test/');
  await user.type(screen.getByLabelText(label.email), 'rep1@demo.fieldbook');
  await user.type(screen.getByLabelText(label.password), 'fieldbook-demo');
  const form = screen.getByLabelText(label.url).closest('form');
  if (!form) throw new Error('the sign-in fields sit in a form');
  await user.click(
    [...form.querySelectorAll('button[type="submit"]')].find(
      (button) => button.textContent === label.submit,
    ) ?? form,
  );
}

afterEach(async () => {
  cleanup();
  await opened?.close().catch(() => undefined);
  opened = undefined;
  sessionStorage.clear();
  localStorage.clear();
});

describe('sign-in form', () => {
  it.each([
    [{ status: 401, body: { error: 'invalid_credentials' } }, 'The email or password is wrong.'],
    [
      { status: 429, body: { error: 'rate_limited' } },
      'Too many attempts. Wait a minute, then try again.',
    ],
    ['network-down', 'The server cannot be reached. Check the server URL and your network.'],
    [
      { status: 500, body: { error: 'internal' } },
      'The server had a problem. Try again in a moment.',
    ],
  ] as const)('explains a refused sign-in (%j)', async (answer, message) => {
    const { data, requests } = await openWithServer(answer);
    const { user, router } = renderSignIn(data);
    await fillAndSubmit(user, 'en');
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(requests).toEqual(['http://sync.example.test/api/auth/login']);
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeTruthy();
  });

  it('explains errors in Chinese', async () => {
    const { data } = await openWithServer({ status: 401 });
    const { user } = renderSignIn(data, 'zh-CN');
    await fillAndSubmit(user, 'zh-CN');
    expect((await screen.findByRole('alert')).textContent).toBe('邮箱或密码不正确。');
  });

  it('checks the fields before asking the server', async () => {
    const { data, requests } = await openWithServer({ status: 401 });
    const { user } = renderSignIn(data);
    await user.type(screen.getByLabelText('Server URL'), 'ftp://old.example');
    await user.click(screen.getAllByRole('button', { name: 'Sign in' }).at(-1) ?? document.body);
    expect(
      await screen.findByText('Enter a URL that starts with http:// or https://.'),
    ).toBeTruthy();
    expect(screen.getByText('Enter your email.')).toBeTruthy();
    expect(screen.getByText('Enter your password.')).toBeTruthy();
    expect(requests).toEqual([]);
  });

  it('signs in, shows who is signed in, and signs out after a warning', async () => {
    const { data } = await openWithServer({
      status: 200,
      body: { token: 't'.repeat(43), user: rep },
    });
    const { user, router, removedCount } = renderSignIn(data);
    await fillAndSubmit(user, 'en');
    await waitFor(() => expect(router.state.location.pathname).toBe('/leads'));
    // The fake network refuses sync requests, so the status settles on an error, not "Synced".
    expect(screen.getByRole('status', { name: 'Sync status' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Sync issues' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Account' }));
    expect(screen.getByTestId('account-name').textContent).toBe('Rita Rep');
    expect(screen.getByText('Sales rep · rep1@demo.fieldbook')).toBeTruthy();
    await user.click(screen.getByRole('menuitem', { name: 'Sign out' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign out' });
    expect(dialog.textContent).toContain('deletes the Fieldbook data on this device');
    const confirm = await screen.findByRole('button', { name: 'Sign out and delete local data' });
    await waitFor(() => expect(confirm.hasAttribute('disabled')).toBe(false));
    await user.click(confirm);
    await waitFor(() => expect(removedCount()).toBe(1));
    opened = undefined;
    expect(await screen.findByRole('link', { name: 'Sign in' })).toBeTruthy();
  });
});
