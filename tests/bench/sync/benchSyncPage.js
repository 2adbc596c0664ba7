// Runs in Chromium, served by the real sync server (same origin, like the web client).
import { leadSortKeys } from '../../../src/renderer/data/leads/leadSortKeys.ts';
import { openFieldbookData } from '../../../src/renderer/data/openFieldbookData.ts';
import { manualConnectivity } from '../../../src/renderer/data/sync/connectivity.ts';
import { signIn } from '../../../src/renderer/data/sync/session.ts';
import { memoryTokenStore } from '../../../src/renderer/data/sync/tokenStore.ts';

let data;
const connectivity = manualConnectivity(true);
const serverUrl = location.origin;

async function open(name, email, password) {
  data = await openFieldbookData({
    name,
    multiInstance: false,
    sync: { tokens: memoryTokenStore(), connectivity, autoResume: false },
  });
  const started = performance.now();
  await signIn(data, { serverUrl, email, password, deviceName: name, localOwnerIds: [] });
  return started;
}

// The raw-IndexedDB floor: the same pages, one transaction each, with the same ten indexes.
async function rawIndexedDb(total) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open(`raw-${Date.now()}`, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('leads', { keyPath: 'id' });
      for (const field of [
        'createdAt',
        'createdAtDesc',
        'updatedAt',
        'updatedAtDesc',
        'lastNameKey',
        'lastNameDesc',
        'companyKey',
        'companyDesc',
      ]) {
        store.createIndex(field, [field, 'id']);
      }
      store.createIndex('status', ['status', 'createdAtDesc', 'id']);
      store.createIndex('event', ['eventKey', 'createdAtDesc', 'id']);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const token = data.sync.handle ? await data.sync.tokens.load() : undefined;
  const started = performance.now();
  let seq = 0;
  let written = 0;
  while (written < total) {
    const response = await fetch(`${serverUrl}/api/sync/leads/pull?seq=${seq}&limit=1000`, {
      headers: { authorization: `Bearer ${token}`, 'x-fieldbook-schema-version': '0' },
    });
    const page = await response.json();
    if (page.documents.length === 0) break;
    seq = page.checkpoint.seq;
    await new Promise((resolve, reject) => {
      const tx = db.transaction('leads', 'readwrite');
      const store = tx.objectStore('leads');
      for (const doc of page.documents) store.put({ ...doc, ...leadSortKeys(doc) });
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    written += page.documents.length;
  }
  db.close();
  return { docs: written, ms: performance.now() - started };
}

window.fieldbookSyncBench = {
  async initialSync(email, password, total) {
    const started = await open('bench-initial', email, password);
    await data.sync.handle.replications.get('leads').awaitInitialReplication();
    const ms = performance.now() - started;
    const count = await data.leads.count().exec();
    const raw = await rawIndexedDb(total);
    return { ms, count, raw };
  },
  async pushOfflineEdits(n) {
    connectivity.setOnline(false);
    const docs = await data.leads.find({ sort: [{ createdAt: 'asc' }], limit: n }).exec();
    const at = new Date().toISOString();
    await data.leads.bulkUpsert(
      docs.map((doc) => ({ ...doc.toMutableJSON(), notes: `edited ${at}`, updatedAt: at })),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const pendingBefore = data.sync.status.get().pendingChanges;
    const started = performance.now();
    connectivity.setOnline(true);
    await data.sync.handle.awaitInSync();
    const ms = performance.now() - started;
    const issues = (await data.sync.store.listIssues()).length;
    return { ms, pendingBefore, issues };
  },
  async openLatency(name, email, password) {
    await open(name, email, password);
    await data.sync.handle.awaitInSync();
  },
  waitFor(id) {
    return new Promise((resolve) => {
      const sub = data.leads.findOne(id).$.subscribe((doc) => {
        if (doc) {
          sub.unsubscribe();
          resolve(Date.now());
        }
      });
    });
  },
  async write(index) {
    const at = new Date();
    const id = crypto.randomUUID();
    const lead = {
      id,
      ownerId: data.sync.session.get().user.id,
      createdAt: at.toISOString(),
      updatedAt: at.toISOString(),
      firstName: 'Latency',
      lastName: `Probe ${index}`,
      company: 'Bench',
      title: '',
      email: `p${index}@bench.example`,
      phone: '',
      source: 'other',
      status: 'new',
      notes: '',
      consent: { given: false },
    };
    const sent = Date.now();
    await data.leads.insert({ ...lead, ...leadSortKeys(lead) });
    return { id, sent };
  },
};
document.getElementById('status').textContent = 'ready';
