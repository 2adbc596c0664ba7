import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../App.tsx';
import { createAdminApi } from '../data/admin/adminApi.ts';
import { loadDeviceEndedNotice } from '../data/admin/deviceEndedNotice.ts';
import { type FieldbookData, openFieldbookData, signIn } from '../data/index.ts';
import { memoryTokenStore } from '../data/sync/tokenStore.ts';
import { createI18n } from '../i18n/createI18n.ts';
import { appRoutes } from '../routes.tsx';
import {
  adminCredentials,
  type RealSyncServer,
  startRealSyncServer,
} from '../test/realSyncServer.ts';

// The real sync server on loopback; the page's origin is the server's, as in the web client.
let server: RealSyncServer;
let baseUrl: string;
const opened: FieldbookData[] = [];
let counter = 0;

async function device(email: string, password: string): Promise<FieldbookData> {
  counter += 1;
  const data = await openFieldbookData({
    name: `fieldbook-admin-ui-${Date.now()}-${counter}`,
    multiInstance: false,
    indexedDB,
    IDBKeyRange,
    collections: ['leads', 'events', 'settings'],
    sync: {
      tokens: memoryTokenStore(),
      autoResume: false,
      tuning: { retryTimeMs: 300 },
      app: { version: '1.4.2', platform: 'desktop' },
    },
  });
  opened.push(data);
  await signIn(data, {
    serverUrl: baseUrl,
    email,
    password,
    deviceName: `device-${counter}`,
    localOwnerIds: [],
  });
  return data;
}

function renderAt(data: FieldbookData, path: string, onLocalDataRemoved = () => {}) {
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const view = render(
    <App data={data} i18n={createI18n('en')} env="test" onLocalDataRemoved={onLocalDataRemoved}>
      <RouterProvider router={router} />
    </App>,
  );
  return { ...view, user: userEvent.setup() };
}

async function adminApiOf(data: FieldbookData) {
  const token = (await data.sync.tokens.load()) ?? '';
  return createAdminApi({ serverUrl: baseUrl, token, fetch: (input, init) => fetch(input, init) });
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((db) => db.name ?? '');
}

beforeEach(async () => {
  localStorage.clear();
  server = await startRealSyncServer();
  baseUrl = server.baseUrl;
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(baseUrl);
});

afterEach(async () => {
  cleanup();
  for (const data of opened.splice(0)) if (!data.db.closed) await data.close();
  await server.close();
});

/** Creates a rep through the users page; returns the temporary password it showed once. */
async function createRep(view: ReturnType<typeof renderAt>, name: string, email: string) {
  const { user } = view;
  await user.click(await screen.findByRole('button', { name: 'New user' }));
  const dialog = await screen.findByRole('dialog', { name: 'New user' });
  await user.type(within(dialog).getByLabelText(/Name/), name);
  await user.type(within(dialog).getByLabelText(/Email/), email);
  await user.click(within(dialog).getByRole('button', { name: 'Create user' }));
  const password = (await within(dialog).findByLabelText('Temporary password')).textContent ?? '';
  await user.click(within(dialog).getByRole('button', { name: 'Done' }));
  return password;
}

describe('admin console and remote wipe', () => {
  it('creates a rep whose one-time password signs in, and lists them with role and team', async () => {
    const admin = await device(adminCredentials.email, adminCredentials.password);
    const view = renderAt(admin, '/admin/users');
    const table = await screen.findByRole('table', { name: 'Users' });
    expect(await within(table).findByText(adminCredentials.email)).toBeTruthy();
    const invalid = view.user;
    await invalid.click(screen.getByRole('button', { name: 'New user' }));
    const dialog = await screen.findByRole('dialog', { name: 'New user' });
    await invalid.click(within(dialog).getByRole('button', { name: 'Create user' }));
    expect(within(dialog).getByText('Enter a name.')).toBeTruthy();
    expect(within(dialog).getByText('Enter a valid email address.')).toBeTruthy();
    await invalid.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    const password = await createRep(view, '王丽', 'wang.li@test.fieldbook');
    expect(password).toMatch(/^[A-Za-z0-9]{14}$/);
    await expect(server.login('wang.li@test.fieldbook', password)).resolves.toBeTruthy();
    const row = (await within(table).findByText('wang.li@test.fieldbook')).closest('tr');
    expect(row?.textContent).toContain('Sales rep');
    expect(row?.textContent).toContain('Active');
  });

  it('revoke + wipe deletes the rep device’s local data and explains why', async () => {
    const admin = await device(adminCredentials.email, adminCredentials.password);
    const adminView = renderAt(admin, '/admin/users');
    const password = await createRep(adminView, 'Jonas Becker', 'jonas@test.fieldbook');
    const rep = await device('jonas@test.fieldbook', password);
    // RxDB's Dexie storage keeps one IndexedDB database per collection, named after the database.
    const repDatabases = async () =>
      (await databaseNames()).filter((name) => name.includes(rep.db.name));
    await rep.sync.handle?.awaitInSync();
    expect((await repDatabases()).length).toBeGreaterThan(0);
    cleanup();

    const again = renderAt(admin, '/admin/users');
    await again.user.click(await screen.findByRole('button', { name: 'Actions for Jonas Becker' }));
    await again.user.click(await screen.findByRole('menuitem', { name: 'Devices' }));
    const devices = await screen.findByRole('dialog', { name: 'Devices of Jonas Becker' });
    // The rep's device told the server its app build at sign-in.
    const deviceRow = (await within(devices).findByText(/^device-/)).closest('tr');
    expect(deviceRow?.textContent).toContain('1.4.2 · Desktop app');
    await again.user.click(
      await within(devices).findByRole('button', { name: /^Revoke and wipe device-/ }),
    );
    await again.user.click(within(devices).getByRole('button', { name: 'Revoke and wipe' }));
    expect(await within(devices).findByText('Wiped')).toBeTruthy();
    cleanup();

    // The rep's next request is refused with `device_wiped`: data, local store and session go.
    rep.sync.handle?.syncNow();
    await waitFor(
      () =>
        expect(rep.sync.deviceEnded.get()).toMatchObject({ kind: 'device_wiped', state: 'done' }),
      { timeout: 15_000 },
    );
    expect(rep.db.closed).toBe(true);
    expect(rep.sync.session.get()).toBeUndefined();
    expect(await rep.sync.tokens.load()).toBeUndefined();
    expect(await repDatabases()).toEqual([]);
    let reopened = 0;
    const repView = renderAt(rep, '/leads', () => {
      reopened += 1;
    });
    expect(
      await screen.findByRole('heading', { name: 'Fieldbook data was removed from this device' }),
    ).toBeTruthy();
    expect(
      screen.getByText(/An administrator removed Fieldbook’s data from this device/),
    ).toBeTruthy();
    await repView.user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(reopened).toBe(1);
    // Shown once: the next start of the app opens normally.
    expect(loadDeviceEndedNotice(rep.db.name)).toBeUndefined();
  });

  it('a revoke without wipe signs the device out and keeps its data', async () => {
    const admin = await device(adminCredentials.email, adminCredentials.password);
    const adminView = renderAt(admin, '/admin/users');
    const password = await createRep(adminView, 'Li Na', 'li.na@test.fieldbook');
    cleanup();
    const rep = await device('li.na@test.fieldbook', password);
    await rep.sync.handle?.awaitInSync();
    const api = await adminApiOf(admin);
    const users = await api.listUsers();
    const repId = users.find((user) => user.email === 'li.na@test.fieldbook')?.id ?? '';
    const [deviceRow] = await api.listDevices(repId);
    await api.revokeDevice(repId, deviceRow?.deviceId ?? '', { wipe: false });
    rep.sync.handle?.syncNow();
    await waitFor(() => expect(rep.sync.deviceEnded.get()?.kind).toBe('device_revoked'), {
      timeout: 15_000,
    });
    expect(rep.db.closed).toBe(false);
    expect(rep.sync.session.get()).toBeUndefined();
    const view = renderAt(rep, '/leads');
    expect(await screen.findByRole('heading', { name: 'This device was signed out' })).toBeTruthy();
    await view.user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Leads' })).toBeTruthy();
  });
});
