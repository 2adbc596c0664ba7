// Plain JS so tsconfig.e2e (which does not list src/) need not type-check the app through it.

import { toLeadDoc } from '../../src/renderer/data/leads/leadDocument.ts';

import {
  countLeads,
  leadPageSize,
  pickLeadIds,
  readLeadPage,
  readLeadsByIds,
} from '../../src/renderer/data/leads/leadListReader.ts';
import { openFieldbookData } from '../../src/renderer/data/openFieldbookData.ts';
import { makeLeadFactory } from './benchLeads.js';
import {
  openRaw,
  rawBulkPut,
  rawFirstPage,
  rawIndexCount,
  rawIndexes,
  toRawDoc,
} from './rawFloor.js';

const databaseName = 'fieldbook-bench';
// Fixed ids: the page is reloaded between measurements and must find the same event.
const bigEventId = '018cc251-f400-7000-8000-000000000001';
const otherEventIds = Array.from(
  { length: 20 },
  (_, i) => `018cc251-f400-7000-8000-${String(i + 2).padStart(12, '0')}`,
);
const newest = { sort: { field: 'createdAt', direction: 'desc' } };

let data;
let nextLead = makeLeadFactory(1, otherEventIds, bigEventId, 3000);

async function open() {
  data ??= await openFieldbookData({ name: databaseName, multiInstance: false });
  return data;
}

function time(run) {
  const start = performance.now();
  return run().then((value) => ({ ms: performance.now() - start, value }));
}

const bench = {
  bigEventId,

  /** Inserts `count` leads in bulk batches of `batch`. */
  async seed(count, batch) {
    const db = await open();
    let bytes = 0;
    const { ms } = await time(async () => {
      for (let done = 0; done < count; done += batch) {
        const docs = Array.from({ length: Math.min(batch, count - done) }, () =>
          toLeadDoc(nextLead()),
        );
        bytes += JSON.stringify(docs).length;
        await db.leads.bulkInsert(docs);
        await rawBulkPut(docs.map(toRawDoc));
      }
    });
    return { ms, bytesPerLead: bytes / count };
  },

  /**
   * Times bulk inserts of `size` fresh leads into the full database, interleaved with the same
   * documents put into the raw store (one transaction, same index key paths): the floor.
   */
  async bulkInsert(size, runs, seed) {
    const db = await open();
    await openRaw();
    nextLead = makeLeadFactory(seed, otherEventIds, bigEventId, 0);
    const app = [];
    const raw = [];
    for (let run = 0; run < runs; run += 1) {
      const docs = Array.from({ length: size }, () => toLeadDoc(nextLead()));
      const rawDocs = docs.map(toRawDoc);
      const timeApp = async () => {
        const { ms, value } = await time(() => db.leads.bulkInsert(docs));
        if (value.error.length > 0)
          throw new Error(`bulkInsert failed: ${JSON.stringify(value.error[0])}`);
        app.push(ms);
      };
      const timeRaw = async () => raw.push((await time(() => rawBulkPut(rawDocs))).ms);
      // Alternate who goes first so neither always meets a warmer browser.
      if (run % 2 === 0) {
        await timeApp();
        await timeRaw();
      } else {
        await timeRaw();
        await timeApp();
      }
    }
    return { app, raw, rawIndexes: rawIndexes.length };
  },

  /**
   * On a freshly loaded page (no RxDB query cache, catalogue not built): the list's count of one
   * event's leads as the app runs it then (an index count), and the raw index count.
   */
  async countEventFresh(rawFirst) {
    const db = await open();
    await openRaw();
    const index = rawIndexes.find((i) => i.keyPath[1] === 'eventKey')?.name;
    const timeApp = () => time(() => countLeads(db, { ...newest, eventId: bigEventId }));
    const timeRaw = () => time(() => rawIndexCount(index, bigEventId));
    const rawResult = rawFirst ? await timeRaw() : undefined;
    const appResult = await timeApp();
    const rawLater = rawResult ?? (await timeRaw());
    return {
      appMs: appResult.ms,
      count: appResult.value,
      rawMs: rawLater.ms,
      rawCount: rawLater.value,
    };
  },

  /** Counts once the catalogue is built: what every later view of the list pays. */
  async countsFromCatalogue() {
    const db = await open();
    const queries = [
      { ...newest, eventId: bigEventId },
      { ...newest, status: 'new' },
      newest,
      { ...newest, eventId: bigEventId, rating: 'hot' },
    ];
    const out = [];
    for (const query of queries) {
      const { ms, value } = await time(() => countLeads(db, query));
      out.push({ ms, count: value });
    }
    return out;
  },

  /** Bulk inserts with the search index live, as in the running app. */
  async bulkInsertWithSearch(size, runs, seed) {
    const db = await open();
    nextLead = makeLeadFactory(seed, otherEventIds, bigEventId, 0);
    const times = [];
    for (let run = 0; run < runs; run += 1) {
      const docs = Array.from({ length: size }, () => toLeadDoc(nextLead()));
      times.push((await time(() => db.leads.bulkInsert(docs))).ms);
    }
    return times;
  },

  /**
   * The floor for `bulkInsertWithSearch`: the same number of fresh documents put into the raw
   * store in a block of its own, so neither side pays for the other's writes in between.
   */
  async bulkInsertRawOnly(size, runs, seed) {
    await openRaw();
    nextLead = makeLeadFactory(seed, otherEventIds, bigEventId, 0);
    const times = [];
    for (let run = 0; run < runs; run += 1) {
      const rawDocs = Array.from({ length: size }, () => toRawDoc(toLeadDoc(nextLead())));
      times.push((await time(() => rawBulkPut(rawDocs))).ms);
    }
    return times;
  },

  /** From opening the database (fresh page, nothing cached) to the first list page in hand. */
  async openToFirstPage(query = newest) {
    const start = performance.now();
    const db = await open();
    const opened = performance.now();
    const page = await readLeadPage(db, query, leadPageSize);
    return { openMs: opened - start, totalMs: performance.now() - start, rows: page.rows.length };
  },

  /** The floor for the same: open the raw database, read the first page off its index. */
  async rawOpenToFirstPage() {
    const start = performance.now();
    await openRaw();
    const index = rawIndexes.find(
      (i) => i.keyPath.length === 3 && i.keyPath[1] === 'createdAtDesc',
    );
    const rows = await rawFirstPage(index.name, leadPageSize + 1);
    return { totalMs: performance.now() - start, rows: rows.length };
  },

  /** First page of other sorts and filters, once open. */
  async firstPages() {
    const db = await open();
    const queries = {
      'newest first': newest,
      'oldest first': { sort: { field: 'createdAt', direction: 'asc' } },
      'last name asc': { sort: { field: 'lastName', direction: 'asc' } },
      'company desc': { sort: { field: 'company', direction: 'desc' } },
      'event, newest': { ...newest, eventId: bigEventId },
      'status new, newest': { ...newest, status: 'new' },
      'rating hot, company asc': { sort: { field: 'company', direction: 'asc' }, rating: 'hot' },
      'event, last name desc': {
        sort: { field: 'lastName', direction: 'desc' },
        eventId: bigEventId,
      },
    };
    const out = {};
    for (const [label, query] of Object.entries(queries)) {
      out[label] = (await time(() => readLeadPage(db, query, leadPageSize))).ms;
    }
    return out;
  },

  /**
   * Builds the in-memory search index; reports the longest main-thread task the browser saw
   * meanwhile (long-task observer, tasks over 50 ms) and the longest gap of a 5 ms timer.
   */
  async buildSearch() {
    const db = await open();
    const longTasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    let longestGap = 0;
    let last = performance.now();
    const probe = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 5);
    const { ms } = await time(() => db.leadSearch.start());
    clearInterval(probe);
    // Long-task entries are delivered after the task; let the last one arrive.
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const entry of observer.takeRecords()) longTasks.push(entry.duration);
    observer.disconnect();
    return {
      ms,
      entries: db.leadSearch.entries.size,
      longestTaskMs: Math.max(0, ...longTasks),
      longTasks: longTasks.length,
      longestGapMs: longestGap,
    };
  },

  /** A sort no index serves (by last change), from the catalogue: the first page. */
  async catalogueFirstPage() {
    const db = await open();
    const query = { sort: { field: 'updatedAt', direction: 'desc' } };
    const { ms } = await time(async () => {
      const { ids } = pickLeadIds(db, query, leadPageSize + 1);
      return readLeadsByIds(db, ids.slice(0, leadPageSize));
    });
    return ms;
  },

  /** Types each query one character at a time; times keypress to the first page of rows. */
  async typeQueries(queries) {
    const db = await open();
    const samples = [];
    for (const query of queries) {
      const chars = Array.from(query);
      for (let n = 1; n <= chars.length; n += 1) {
        const text = chars.slice(0, n).join('');
        const { ms, value } = await time(async () => {
          const { ids, total } = pickLeadIds(db, { ...newest, search: text }, leadPageSize);
          await readLeadsByIds(db, ids);
          return total;
        });
        samples.push({ text, ms, hits: value });
      }
    }
    return samples;
  },
};

Object.assign(window, { fieldbookBench: bench });
const status = document.getElementById('status');
if (status) status.textContent = 'ready';
