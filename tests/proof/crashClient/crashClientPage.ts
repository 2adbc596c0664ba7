// Runs in Chromium, served by the test's sync server (same origin, like the web client): the real
// data layer and sync client on the browser's real, on-disk IndexedDB. See crashClient.test.ts.
import { toLeadDoc } from '../../../src/renderer/data/leads/leadDocument.ts';
import {
  type FieldbookData,
  openFieldbookData,
} from '../../../src/renderer/data/openFieldbookData.ts';
import { manualConnectivity } from '../../../src/renderer/data/sync/connectivity.ts';
import { signIn } from '../../../src/renderer/data/sync/session.ts';
import { memoryTokenStore } from '../../../src/renderer/data/sync/tokenStore.ts';
import { exampleRecords } from '../../../src/shared/domain/exampleRecords.ts';
import { leadSchema } from '../../../src/shared/domain/lead.ts';
import { newId } from '../../../src/shared/ids/newId.ts';

let data: FieldbookData | undefined;
const connectivity = manualConnectivity(true);
const opened = () => {
  if (!data) throw new Error('open() first');
  return data;
};

const api = {
  /** Opens the profile's database, without signing in: what survived on disk. */
  async openData() {
    data = await openFieldbookData({
      name: 'crash-client',
      multiInstance: false,
      collections: ['leads'],
      sync: {
        tokens: memoryTokenStore(),
        connectivity,
        autoResume: false,
        tuning: { retryTimeMs: 300 },
      },
    });
  },
  /** Signs in (again, after a restart: the same replication, so its stored checkpoints). */
  async signIn(email: string, password: string) {
    const user = await signIn(opened(), {
      serverUrl: location.origin,
      email,
      password,
      deviceName: 'crash-client',
      localOwnerIds: [],
    });
    return user.id;
  },
  setOnline(online: boolean) {
    connectivity.setOnline(online);
  },
  async awaitInSync() {
    await opened().sync.handle?.awaitInSync();
  },
  /** Writes `count` new leads; resolves once IndexedDB committed them. */
  async insertLeads(ownerId: string, count: number, at: string) {
    const { eventId: _event, ...template } = exampleRecords.leads;
    const docs = Array.from({ length: count }, (_, i) =>
      toLeadDoc(
        leadSchema.parse({
          ...template,
          id: newId(Date.parse(at) + i),
          ownerId,
          createdAt: at,
          updatedAt: at,
          lastName: `Crash ${i}`,
          email: `crash${i}@example.com`,
        }),
      ),
    );
    const result = await opened().leads.bulkInsert(docs);
    return result.error.length;
  },
  async leadIds() {
    return (await opened().leads.find().exec()).map((doc) => doc.id).sort();
  },
  status() {
    return opened().sync.status.get();
  },
};

// The test drives the page through this object (page.evaluate).
Object.assign(window, { fieldbookCrash: api });
const status = document.getElementById('status');
if (status) status.textContent = 'ready';
