import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { exampleRecords } from '../../../shared/domain/exampleRecords.ts';
import { createActivityCommands } from '../activities/activityCommands.ts';
import { createLeadCommands } from '../leads/leadCommands.ts';
import {
  type FieldbookData,
  LocalDataLockedError,
  openFieldbookData,
} from '../openFieldbookData.ts';
import { collectionOf } from '../records/recordStore.ts';
import type { SyncIssue } from '../sync/syncLocalStore.ts';
import { freshDatabaseName, steppingClock } from '../testing/openTestData.ts';
import { newDatabaseKey } from './fieldCipher.ts';
import { rawIndexedDbText } from './rawIndexedDbText.ts';

// Values that appear nowhere else, so a hit in the raw files can only be a leak.
const canary = {
  email: 'canary.k7q2@leak-check.example',
  phone: '+86 139 7531 8642',
  notes: 'CANARY-NOTE-5f3a wants 40 pumps before the Canton Fair',
  contactEmail: 'contact.canary.z9@leak-check.example',
  contactMobile: '+49 151 2468 1357',
  contactNotes: 'CANARY-CONTACT-NOTE-b81e',
  activityBody: 'CANARY-CALL-BODY-0c4d asked for the ISO certificate',
};
// Stored in plain text on purpose (names feed the sort indexes): proves the grep sees records.
const plainCompany = 'CANARY-PLAIN-COMPANY-e2a9';

const user = { id: '018cc251-f400-7000-a000-000000000001', role: 'rep' } as const;
const opened: FieldbookData[] = [];

async function open(
  name: string,
  databaseKey?: string,
  onWrongKey?: 'refuse' | 'startOver',
): Promise<FieldbookData> {
  const data = await openFieldbookData({
    name,
    ...(onWrongKey ? { onWrongKey } : {}),
    multiInstance: false,
    indexedDB,
    IDBKeyRange,
    collections: ['leads', 'contacts', 'activities'],
    ...(databaseKey ? { databaseKey } : {}),
    sync: { autoResume: false },
  });
  opened.push(data);
  return data;
}

async function writeCanaries(data: FieldbookData) {
  const clock = steppingClock();
  const lead = await createLeadCommands({ data, clock, user }).createLead({
    firstName: 'Li',
    lastName: 'Canary',
    company: plainCompany,
    email: canary.email,
    phone: canary.phone,
    notes: canary.notes,
    source: 'trade_show',
  });
  await collectionOf(data, 'contacts').insert({
    ...exampleRecords.contacts,
    email: canary.contactEmail,
    mobile: canary.contactMobile,
    notes: canary.contactNotes,
  });
  await createActivityCommands({ data, clock, user }).logActivity({
    type: 'call',
    subject: 'Booth follow-up',
    body: canary.activityBody,
    related: { collection: 'leads', id: lead.id },
  });
  return lead;
}

// A Sync issue holding the person's values: sealed with the same key as the database.
const refusedWrite = (docId: string): SyncIssue => ({
  id: `issue-${docId}`,
  collection: 'leads',
  docId,
  code: 'forbidden',
  message: 'You cannot give this record to that user',
  values: { email: canary.email, phone: canary.phone },
  at: '2026-03-02T01:30:00.000Z',
});

afterEach(async () => {
  for (const data of opened.splice(0)) await data.close();
});

describe('personal data at rest', () => {
  it('stores no canary email, phone or note in the raw IndexedDB records', async () => {
    const name = freshDatabaseName();
    const data = await open(name);
    const lead = await writeCanaries(data);
    // An update writes a new revision: it must be encrypted too.
    await createLeadCommands({ data, clock: steppingClock(), user }).updateLead(lead.id, {
      notes: `${canary.notes} (updated)`,
    });

    const raw = await rawIndexedDbText({ indexedDB, match: name });
    expect(raw.records).toBeGreaterThan(3);
    expect(raw.text).toContain(plainCompany);
    for (const value of Object.values(canary)) {
      expect(raw.text).not.toContain(value);
      // Also no fragment long enough to identify the person.
      expect(raw.text).not.toContain(value.slice(0, 12));
    }
  });

  it('reads back the plain values and still finds the lead by email and phone', async () => {
    const data = await open(freshDatabaseName());
    const lead = await writeCanaries(data);
    const stored = await data.leads.findOne(lead.id).exec();
    expect(stored?.toJSON()).toMatchObject({
      email: canary.email,
      phone: canary.phone,
      notes: canary.notes,
    });
    const contact = await collectionOf(data, 'contacts').findOne(exampleRecords.contacts.id).exec();
    expect(contact?.get('mobile')).toBe(canary.contactMobile);
    await data.leadSearch.start();
    expect(data.leadSearch.search('canary.k7q2')).toEqual([lead.id]);
    expect(data.leadSearch.search('13975318642')).toEqual([lead.id]);
  });

  it('reopens with the same key; under another one it refuses, and starts over only when asked', async () => {
    const name = freshDatabaseName();
    const key = newDatabaseKey();
    const first = await open(name, key);
    const lead = await writeCanaries(first);
    await first.sync.store.addIssues([refusedWrite(lead.id)]);
    await first.close();

    const again = await open(name, key);
    expect((await again.leads.findOne(lead.id).exec())?.email).toBe(canary.email);
    await again.close();

    // Another key (a reset or locked keychain): nothing is touched until the person chooses.
    const otherKey = newDatabaseKey();
    await expect(open(name, otherKey)).rejects.toBeInstanceOf(LocalDataLockedError);
    const kept = await open(name, key);
    expect((await kept.leads.findOne(lead.id).exec())?.email).toBe(canary.email);
    expect(await kept.sync.store.listIssues()).toEqual([refusedWrite(lead.id)]);
    await kept.close();
    // Starting over drops the unreadable copy for sync to refill.
    const reset = await open(name, otherKey, 'startOver');
    expect(await reset.leads.count().exec()).toBe(0);
    // The Sync issues sealed under the old key go with it.
    expect(await reset.sync.store.listIssues()).toEqual([]);
    expect((await rawIndexedDbText({ indexedDB, match: name })).text).not.toContain(plainCompany);
  });

  it('keeps the default per-profile key across opens and forgets it on wipe', async () => {
    const name = freshDatabaseName();
    const first = await open(name);
    const lead = await writeCanaries(first);
    await first.close();
    const again = await open(name);
    expect((await again.leads.findOne(lead.id).exec())?.phone).toBe(canary.phone);
    expect((await rawIndexedDbText({ indexedDB, match: `fieldbook-key-${name}` })).records).toBe(1);
    opened.splice(opened.indexOf(again), 1);
    await again.remove();
    const left = await rawIndexedDbText({ indexedDB, match: name });
    expect(left.databases).not.toContain(`fieldbook-key-${name}`);
    expect(left.text).not.toContain(plainCompany);
  });
});
