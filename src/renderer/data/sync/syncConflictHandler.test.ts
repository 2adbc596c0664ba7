import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { RxConflictHandlerInput } from 'rxdb';
import { afterEach, describe, expect, it } from 'vitest';
import { createFieldCipher, newDatabaseKey } from '../crypto/fieldCipher.ts';
import { freshDatabaseName } from '../testing/openTestData.ts';
import { createSyncConflictHandler, RejectedWrites } from './syncConflictHandler.ts';
import { openSyncLocalStore, type SyncLocalStore } from './syncLocalStore.ts';
import type { WireDocument } from './wireDocument.ts';

const opened: SyncLocalStore[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.remove();
});

async function handlerFor(collection: 'activities' | 'accounts') {
  const store = openSyncLocalStore({
    name: freshDatabaseName(),
    cipher: await createFieldCipher(newDatabaseKey()),
    indexedDB,
    IDBKeyRange,
  });
  opened.push(store);
  const handler = createSyncConflictHandler<WireDocument>({
    collection,
    store,
    rejected: new RejectedWrites(),
    clock: () => new Date('2026-11-28T10:00:00.000Z'),
  });
  return { handler, store };
}

const resolve = (
  handler: Awaited<ReturnType<typeof handlerFor>>['handler'],
  input: { base?: WireDocument; local: WireDocument; remote: WireDocument },
) =>
  handler.resolve(
    {
      assumedMasterState: input.base,
      newDocumentState: input.local,
      realMasterState: input.remote,
    } as unknown as RxConflictHandlerInput<WireDocument>,
    'test',
  );

const taskId = '01a22002-0045-7278-9880-e66833a4bbb5';
const automation = { ruleId: 'idle-deal-14d', ruleName: 'Deal idle', key: 'opportunity:o-1:x' };
const task = (at: string, fields: Record<string, unknown>): WireDocument => ({
  id: taskId,
  ownerId: 'rep-1',
  createdAt: at,
  updatedAt: at,
  type: 'task',
  subject: 'Deal has been quiet for 14 days',
  done: false,
  automation,
  _deleted: false,
  ...fields,
});

describe('the conflict handler', () => {
  it('keeps the server’s copy of a task another device made first under the same id, done or deleted', async () => {
    const { handler, store } = await handlerFor('activities');
    const mine = task('2026-11-28T09:00:00.000Z', {
      subject: 'Deal has been quiet for 15 days',
    });
    const done = task('2026-11-27T09:00:00.000Z', {
      done: true,
      updatedAt: '2026-11-27T12:00:00.000Z',
    });
    // This device's copy is newer, yet it is the same task: the server's stays as it is.
    expect(await resolve(handler, { local: mine, remote: done })).toMatchObject({
      done: true,
      createdAt: '2026-11-27T09:00:00.000Z',
      subject: 'Deal has been quiet for 14 days',
    });
    const deleted = { ...done, _deleted: true };
    expect(await resolve(handler, { local: mine, remote: deleted })).toMatchObject({
      _deleted: true,
    });
    // A hot lead's follow-up task (no rule recorded) made on two devices: the same.
    const followUp = (at: string, fields: Record<string, unknown>) => {
      const { automation: _none, ...plain } = task(at, fields);
      return plain;
    };
    expect(
      await resolve(handler, {
        local: followUp('2026-11-28T09:00:00.000Z', { subject: 'Follow up 王丽' }),
        remote: followUp('2026-11-27T09:00:00.000Z', {
          subject: 'Follow up Wang Li',
          done: true,
          updatedAt: '2026-11-27T12:00:00.000Z',
        }),
      }),
    ).toMatchObject({ done: true, subject: 'Follow up Wang Li' });
    expect(await store.listConflicts()).toEqual([]);
  });

  it('merges a copy edited since it was made, so the person’s edit is not lost', async () => {
    const { handler, store } = await handlerFor('activities');
    const edited = task('2026-11-28T09:00:00.000Z', {
      body: 'Called: wants a demo on Monday',
      updatedAt: '2026-11-28T09:30:00.000Z',
    });
    const theirs = task('2026-11-27T09:00:00.000Z', {});
    const merged = await resolve(handler, { local: edited, remote: theirs });
    expect(merged).toMatchObject({
      body: 'Called: wants a demo on Monday',
      createdAt: '2026-11-27T09:00:00.000Z',
    });
    expect(await store.listConflicts()).toEqual([]);
  });

  it('keeps the server’s creation time of a record both sides made under one id, as no conflict', async () => {
    const { handler, store } = await handlerFor('accounts');
    const account = (createdAt: string, updatedAt: string, name: string): WireDocument => ({
      id: '01a22002-0045-7278-9880-e66833a4bbb6',
      ownerId: 'rep-1',
      createdAt,
      updatedAt,
      name,
      _deleted: false,
    });
    // This device renamed its copy after making it.
    const merged = await resolve(handler, {
      local: account('2026-11-28T09:00:00.000Z', '2026-11-28T09:05:00.000Z', '华东贸易'),
      remote: account('2026-11-27T09:00:00.000Z', '2026-11-27T09:00:00.000Z', '华东贸易有限公司'),
    });
    expect(merged).toMatchObject({ createdAt: '2026-11-27T09:00:00.000Z', name: '华东贸易' });
    // The name is a real conflict (the later one kept, the other in the inbox); the time is not.
    const conflicts = await store.listConflicts();
    expect(conflicts.map((entry) => [entry.path, entry.lostValue])).toEqual([
      ['name', '华东贸易有限公司'],
    ]);
  });
});
