// Plain JS so tsconfig.e2e (which does not list src/) need not type-check the app through it.

import { toLeadDoc } from '../../src/renderer/data/leads/leadDocument.ts';

import {
  countLeads,
  leadPageSize,
  readLeadPage,
  readLeadsByIds,
  searchLeadIds,
} from '../../src/renderer/data/leads/leadListReader.ts';
import { openFieldbookData } from '../../src/renderer/data/openFieldbookData.ts';
import { makeLeadFactory } from './benchLeads.js';

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
      }
    });
    return { ms, bytesPerLead: bytes / count };
  },

  /** Times bulk inserts of `size` fresh leads into the full database. */
  async bulkInsert(size, runs) {
    const db = await open();
    nextLead = makeLeadFactory(runs * 7919, otherEventIds, bigEventId, 0);
    const times = [];
    for (let run = 0; run < runs; run += 1) {
      const docs = Array.from({ length: size }, () => toLeadDoc(nextLead()));
      const { ms, value } = await time(() => db.leads.bulkInsert(docs));
      if (value.error.length > 0)
        throw new Error(`bulkInsert failed: ${JSON.stringify(value.error[0])}`);
      times.push(ms);
    }
    return times;
  },

  /** Times the list's count of one event's leads, as the app runs it before the catalogue exists. */
  async countEvent(runs) {
    const db = await open();
    const results = [];
    for (let run = 0; run < runs; run += 1) {
      const { ms, value } = await time(() => countLeads(db, { ...newest, eventId: bigEventId }));
      results.push({ ms, count: value });
    }
    const all = await time(() => countLeads(db, newest));
    return { results, allMs: all.ms, all: all.value };
  },

  /** From opening the database (fresh page, nothing cached) to the first list page in hand. */
  async openToFirstPage(query = newest) {
    const start = performance.now();
    const db = await open();
    const opened = performance.now();
    const page = await readLeadPage(db, query, leadPageSize);
    return { openMs: opened - start, totalMs: performance.now() - start, rows: page.rows.length };
  },

  /** First page of other sorts and filters, once open. */
  async firstPages() {
    const db = await open();
    const queries = {
      'newest first': newest,
      'oldest first': { sort: { field: 'createdAt', direction: 'asc' } },
      'updated desc': { sort: { field: 'updatedAt', direction: 'desc' } },
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

  /** Builds the in-memory search index and reports how long the longest UI stall was. */
  async buildSearch() {
    const db = await open();
    let longestGap = 0;
    let last = performance.now();
    const probe = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 5);
    const { ms } = await time(() => db.leadSearch.start());
    clearInterval(probe);
    return { ms, entries: db.leadSearch.entries.size, longestStallMs: longestGap };
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
          const ids = searchLeadIds(db, { ...newest, search: text }, text);
          await readLeadsByIds(db, ids.slice(0, leadPageSize));
          return ids.length;
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
