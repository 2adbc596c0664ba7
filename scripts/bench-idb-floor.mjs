// `npm run bench:idb-floor`: what IndexedDB itself can do in this Chromium, on a persistent
// profile, with no RxDB and no Fieldbook code in the way: the same lead documents as the app
// stores them, in a bare object store with 0, 3 (the indexes RxDB's Dexie storage always
// creates) and 3 + the leads' own indexes. Two shapes of write:
//   - a 500-lead bulk insert into a store that already holds 100,000 (the data bench's insert),
//   - 1,000-lead pages one after the other (the shape of an initial sync).
// It answers one question with numbers: which of the storage goals (bulk insert 500 <= 60 ms,
// initial sync >= 10,000 docs/s) are reachable at all by anything that stores the leads in
// IndexedDB with the indexes the screens and RxDB need.
import { toLeadDoc } from '../src/renderer/data/leads/leadDocument.ts';
import { rxSchemas } from '../src/renderer/data/schema/rxSchemas.ts';
import { launchBenchChromium } from './bench/launchBenchChromium.mjs';
import { machineInfo } from './bench/machineInfo.mjs';
import { syncBenchLead } from './bench/syncBenchLead.mjs';

const total = Number(process.env.BENCH_IDB_LEADS ?? 100_000);
const started = Date.now();
const log = (message) =>
  console.log(`[bench:idb-floor ${((Date.now() - started) / 1000).toFixed(0)}s] ${message}`);

// Each index as RxDB's Dexie storage lays it out: `_deleted` first, the fields, then `id`.
const rxdbOwn = [['_deleted', 'id'], ['_meta.lwt', 'id'], '_meta.lwt'];
const leadIndexes = (rxSchemas.leads.indexes ?? []).map((index) => [
  '_deleted',
  ...[index].flat(),
  'id',
]);
const configurations = [
  { name: 'no index', indexes: [] },
  { name: "RxDB's own 3 indexes", indexes: rxdbOwn },
  { name: `RxDB's 3 + the leads' ${leadIndexes.length}`, indexes: [...rxdbOwn, ...leadIndexes] },
];

let lwt = 1_700_000_000_000;
/** Lead `i` exactly as RxDB's Dexie storage stores it (sort keys, booleans as '0', meta). */
const storedLead = (i) => {
  lwt += 1;
  return {
    ...toLeadDoc(syncBenchLead(i, 'bench-owner')),
    _deleted: '0',
    _rev: '1-benchidbfloor',
    _meta: { lwt },
    _attachments: {},
  };
};
const leads = (from, count) => Array.from({ length: count }, (_, k) => storedLead(from + k));

const chromiumBench = await launchBenchChromium('fieldbook-bench-idb-floor-');
try {
  const page = chromiumBench.context.pages()[0] ?? (await chromiumBench.context.newPage());
  // An http origin of its own (IndexedDB needs one); nothing else is loaded.
  await page.route('http://idb-floor.bench/', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>idb floor</title>' }),
  );
  await page.goto('http://idb-floor.bench/');
  await page.evaluate(() => {
    window.idbFloor = {
      async open(name, indexes) {
        this.db?.close();
        this.db = await new Promise((resolve, reject) => {
          const request = indexedDB.open(name, 1);
          request.onupgradeneeded = () => {
            const store = request.result.createObjectStore('docs', { keyPath: 'id' });
            for (const keyPath of indexes) store.createIndex([keyPath].flat().join('+'), keyPath);
          };
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      },
      /** Puts the documents in one readwrite transaction; the ms until it committed. */
      async put(docs) {
        const started = performance.now();
        await new Promise((resolve, reject) => {
          const tx = this.db.transaction('docs', 'readwrite');
          const store = tx.objectStore('docs');
          for (const doc of docs) store.put(doc);
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error);
        });
        return performance.now() - started;
      },
    };
  });
  const put = (docs) => page.evaluate((batch) => window.idbFloor.put(batch), docs);

  const rows = [];
  for (const [n, configuration] of configurations.entries()) {
    log(`${configuration.name}: ${total.toLocaleString('en')} leads in pages of 1,000`);
    await page.evaluate(
      ([name, indexes]) => window.idbFloor.open(name, indexes),
      [`floor-${n}`, configuration.indexes],
    );
    // Only the time inside the page counts: making and sending the documents is not storage.
    let pagesMs = 0;
    for (let from = 0; from < total; from += 1000) {
      pagesMs += await put(leads(from, Math.min(1000, total - from)));
    }
    const inserts = [];
    for (let run = 0; run < 7; run += 1) inserts.push(await put(leads(total + run * 500, 500)));
    inserts.sort((a, b) => a - b);
    const docsPerSecond = total / (pagesMs / 1000);
    log(
      `  ${Math.round(docsPerSecond).toLocaleString('en')} docs/s; insert 500: ${inserts[3].toFixed(1)} ms`,
    );
    rows.push({
      ...configuration,
      docsPerSecond,
      insertMedian: inserts[3],
      insertMin: inserts[0],
      insertMax: inserts[6],
    });
  }

  const machine = machineInfo();
  console.log(
    `\nIndexedDB floor (npm run bench:idb-floor): ${total.toLocaleString('en')} leads, Chromium ${chromiumBench.version}, ${machine.cpu} × ${machine.cores}\n`,
  );
  console.log(
    '| object store | 1,000-lead pages (initial sync shape) | bulk insert 500 at 100k, median of 7 (min-max) |',
  );
  console.log('|---|---|---|');
  for (const row of rows) {
    console.log(
      `| ${row.name} | ${Math.round(row.docsPerSecond).toLocaleString('en')} docs/s | ${row.insertMedian.toFixed(1)} ms (${row.insertMin.toFixed(0)}-${row.insertMax.toFixed(0)}) |`,
    );
  }
  console.log(
    '\ngoals: initial sync >= 10,000 docs/s (bench:sync), bulk insert 500 <= 60 ms (bench).',
  );
} finally {
  await chromiumBench.close();
}
