// Runs in Chromium, served by the real sync server (same origin, like the web client).
import { leadSortKeys } from '../../../src/renderer/data/leads/leadSortKeys.ts';
import { openFieldbookData } from '../../../src/renderer/data/openFieldbookData.ts';
import { rxSchemas } from '../../../src/renderer/data/schema/rxSchemas.ts';
import { manualConnectivity } from '../../../src/renderer/data/sync/connectivity.ts';
import { signIn } from '../../../src/renderer/data/sync/session.ts';
import { memoryTokenStore } from '../../../src/renderer/data/sync/tokenStore.ts';

let data;
const arrivals = new Map();
const received = new Map();
const waiters = new Map();
// Request timings for BENCH_SYNC_TRACE: where the push time goes between client and server.
const trace = [];
const tracedFetch = async (input, init) => {
  const started = performance.now();
  const response = await fetch(input, init);
  const path = String(input).replace(location.origin, '').replace(/\?.*/, '');
  trace.push({ path, started, ms: performance.now() - started });
  return response;
};
// Storage calls of the leads replication (fork and meta instance), same trace: where the
// client's time goes between the requests.
const traceStorage = (instance, label) => {
  for (const op of ['bulkWrite', 'findDocumentsById', 'query', 'count']) {
    const original = instance[op].bind(instance);
    instance[op] = async (...args) => {
      const started = performance.now();
      try {
        return await original(...args);
      } finally {
        const n = Array.isArray(args[0]) ? args[0].length : '';
        trace.push({ path: `${label}.${op}(${n})`, started, ms: performance.now() - started });
      }
    };
  }
};
let storageTraced = false;
const traceReplication = async () => {
  if (storageTraced) return;
  storageTraced = true;
  const replication = data.sync.handle.replications.get('leads');
  await replication.startPromise;
  traceStorage(replication.internalReplicationState.input.forkInstance, 'fork');
  traceStorage(replication.internalReplicationState.input.metaInstance, 'meta');
};
const connectivity = manualConnectivity(true);
const serverUrl = location.origin;

async function open(name, email, password) {
  data = await openFieldbookData({
    name,
    multiInstance: false,
    sync: { tokens: memoryTokenStore(), connectivity, autoResume: false, fetch: tracedFetch },
  });
  const started = performance.now();
  await signIn(data, { serverUrl, email, password, deviceName: name, localOwnerIds: [] });
  return started;
}

/** The leads collection's own indexes, each ending in `id` as RxDB stores them. */
export function rawIndexes() {
  return (rxSchemas.leads.indexes ?? []).map((index) => [
    ...(Array.isArray(index) ? index : [index]),
    'id',
  ]);
}

// The raw-IndexedDB floor: the same pages, one transaction each, with the leads' own indexes.
async function rawIndexedDb(total) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open(`raw-${Date.now()}`, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('leads', { keyPath: 'id' });
      // Read from the schema the app really ships, so the floor follows any index change.
      for (const index of rawIndexes()) store.createIndex(index.join('+'), index);
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
  async initialSync(email, password, total, { skipRaw = false, traced = false } = {}) {
    trace.enabled = traced;
    const started = await open('bench-initial', email, password);
    await data.sync.handle.replications.get('leads').awaitInitialReplication();
    const ms = performance.now() - started;
    const count = await data.leads.count().exec();
    const raw = skipRaw ? { docs: 0, ms: 1 } : await rawIndexedDb(total);
    return { ms, count, raw, indexes: rawIndexes().length };
  },
  // `perWrite` edits per local write: all in one bulk, or as many small writes as a user makes.
  async pushOfflineEdits(n, perWrite = n) {
    connectivity.setOnline(false);
    if (trace.enabled) await traceReplication();
    const docs = await data.leads.find({ sort: [{ createdAt: 'asc' }], limit: n }).exec();
    const at = new Date().toISOString();
    const edited = docs.map((doc) => ({
      ...doc.toMutableJSON(),
      notes: `edited ${at}`,
      updatedAt: at,
    }));
    const writeStarted = performance.now();
    for (let i = 0; i < edited.length; i += perWrite) {
      await data.leads.bulkUpsert(edited.slice(i, i + perWrite));
    }
    const writeMs = performance.now() - writeStarted;
    await Promise.resolve();
    const pendingAtOnce = data.sync.status.get().pendingChanges;
    await new Promise((resolve) => setTimeout(resolve, 500));
    const pendingBefore = data.sync.status.get().pendingChanges;
    const started = performance.now();
    trace.length = 0;
    // Acknowledged: the server has taken every edit (the status's pending count is 0). In sync
    // (`ms`) also waits for the pull that follows every reconnect to finish.
    let ackMs;
    let unsubscribe;
    const acknowledged = new Promise((resolve) => {
      unsubscribe = data.sync.status.subscribe(() => {
        if (ackMs !== undefined || data.sync.status.get().pendingChanges > 0) return;
        ackMs = performance.now() - started;
        unsubscribe?.();
        resolve();
      });
    });
    connectivity.setOnline(true);
    await data.sync.handle.awaitInSync();
    const ms = performance.now() - started;
    await acknowledged;
    await new Promise((resolve) => setTimeout(resolve, 500));
    const pendingAfter = data.sync.status.get().pendingChanges;
    const issues = (await data.sync.store.listIssues()).length;
    const requests = trace.map((t) => ({
      ...t,
      started: Math.round(t.started - started),
      ms: Math.round(t.ms),
    }));
    return { ms, ackMs, writeMs, pendingAtOnce, pendingBefore, pendingAfter, issues, requests };
  },
  async openLatency(name, email, password) {
    // A and B stand for two devices; pages of one origin would otherwise share the installation's
    // device id, and the server does not echo a device's own writes back to it.
    localStorage.removeItem('fieldbook.deviceId');
    await open(name, email, password);
    await data.sync.handle.awaitInSync();
    data.leads.$.subscribe((event) => {
      if (arrivals.has(event.documentId)) return;
      arrivals.set(event.documentId, Date.now());
      waiters.get(event.documentId)?.();
    });
    data.sync.handle.replications.get('leads').remoteEvents$.subscribe((item) => {
      if (item === 'RESYNC') return;
      for (const doc of item.documents) if (!received.has(doc.id)) received.set(doc.id, Date.now());
    });
  },
  // Resolves with when the lead became visible here (its change event, which queries follow) and
  // when the stream delivered it; recorded as they happen, not when the bench gets round to ask.
  waitFor(id) {
    return new Promise((resolve) => {
      const check = () => {
        const seen = arrivals.get(id);
        if (seen === undefined) return false;
        resolve({ seen, received: received.get(id) });
        return true;
      };
      if (!check()) waiters.set(id, check);
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
