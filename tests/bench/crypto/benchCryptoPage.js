// Plain JS so tsconfig.e2e (which does not list src/) need not type-check the app through it.
// Exposes `window.fieldbookCryptoBench`: the leads collection on Chromium's IndexedDB three ways
// (no encryption = before, Fieldbook's AES-GCM field encryption = after, RxDB's crypto-js plugin
// for comparison), timed in the same page; and a canary check of the raw IndexedDB records
// written through the real `openFieldbookData`.
import { createRxDatabase } from 'rxdb';
import { wrappedKeyEncryptionCryptoJsStorage } from 'rxdb/plugins/encryption-crypto-js';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { wrappedFieldEncryptionStorage } from '../../../src/renderer/data/crypto/encryptedStorage.ts';
import {
  createFieldCipher,
  newDatabaseKey,
} from '../../../src/renderer/data/crypto/fieldCipher.ts';
import { rawIndexedDbText } from '../../../src/renderer/data/crypto/rawIndexedDbText.ts';
import { toLeadDoc } from '../../../src/renderer/data/leads/leadDocument.ts';
import { openFieldbookData } from '../../../src/renderer/data/openFieldbookData.ts';
import { rxSchemas } from '../../../src/renderer/data/schema/rxSchemas.ts';
import { makeLeadFactory } from '../benchLeads.js';

const status = document.getElementById('status');
const { encrypted: _plain, ...plainSchema } = rxSchemas.leads;
const variants = {
  plain: () => ({ storage: getRxStorageDexie(), schema: plainSchema }),
  aesGcm: () => ({
    storage: wrappedFieldEncryptionStorage({ storage: getRxStorageDexie() }),
    schema: rxSchemas.leads,
    password: newDatabaseKey(),
  }),
  cryptoJs: () => ({
    storage: wrappedKeyEncryptionCryptoJsStorage({ storage: getRxStorageDexie() }),
    schema: rxSchemas.leads,
    password: newDatabaseKey(),
  }),
};
const opened = {};
const passwords = {};
const nextLead = makeLeadFactory(7, [], undefined, 0);

async function collection(variant) {
  if (opened[variant]) return opened[variant];
  const { storage, schema, password: fresh } = variants[variant]();
  passwords[variant] ??= fresh;
  const password = passwords[variant];
  const db = await createRxDatabase({
    name: `fieldbook-crypto-bench-${variant}`,
    storage,
    multiInstance: false,
    ...(password ? { password } : {}),
  });
  await db.addCollections({ leads: { schema } });
  opened[variant] = db.leads;
  return db.leads;
}

async function time(run) {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

window.fieldbookCryptoBench = {
  /** One bulk insert of `size` new leads into the variant's collection; ms. */
  async insert(variant, size) {
    const leads = await collection(variant);
    const docs = Array.from({ length: size }, () => toLeadDoc(nextLead()));
    return time(async () => {
      const result = await leads.bulkInsert(docs);
      if (result.error.length > 0) throw new Error(JSON.stringify(result.error[0]));
    });
  },
  /** Closes and reopens the variant's database: nothing read or written before is in memory. */
  async reopen(variant) {
    await opened[variant]?.database.close();
    opened[variant] = undefined;
    await collection(variant);
  },
  /** The cipher alone: encrypting the email, phone and notes of `size` leads; ms. */
  async encryptOnly(size) {
    const cipher = await createFieldCipher(newDatabaseKey());
    const docs = Array.from({ length: size }, () => toLeadDoc(nextLead()));
    return time(() =>
      Promise.all(docs.flatMap((doc) => [doc.email, doc.phone, doc.notes].map(cipher.encrypt))),
    );
  },
  /** The first list page (50 newest by the createdAtDesc index), skipping `skip` so no cache helps; ms. */
  async firstPage(variant, skip) {
    const leads = await collection(variant);
    return time(async () => {
      const page = await leads
        .find({ selector: {}, sort: [{ createdAtDesc: 'asc' }], limit: 50, skip })
        .exec();
      if (page.length !== 50) throw new Error(`first page has ${page.length} leads`);
    });
  },
  /** Every lead read in chunks of 400, as the in-memory search index is built; ms and count. */
  async readAll(variant, round) {
    const leads = await collection(variant);
    let count = 0;
    const ms = await time(async () => {
      // A different (equivalent) lower bound per round, so RxDB's query cache cannot answer.
      let after = '0'.repeat(round);
      for (;;) {
        const chunk = await leads
          .find({
            selector: { createdAt: { $gt: after } },
            sort: [{ createdAt: 'asc' }],
            limit: 400,
          })
          .exec();
        count += chunk.length;
        if (chunk.length < 400) break;
        after = chunk[chunk.length - 1].createdAt;
      }
    });
    return { ms, count };
  },
  /** Writes canary values through openFieldbookData, then greps the raw IndexedDB records. */
  async canary() {
    const name = 'fieldbook-crypto-canary';
    const data = await openFieldbookData({
      name,
      multiInstance: false,
      collections: ['leads'],
      sync: { autoResume: false },
    });
    const canary = {
      email: 'chromium.canary.t5@leak-check.example',
      phone: '+86 135 1122 3344',
      notes: 'CHROMIUM-CANARY-NOTE-77ab',
    };
    const lead = nextLead();
    await data.leads.insert(toLeadDoc({ ...lead, ...canary, company: 'CHROMIUM-PLAIN-COMPANY' }));
    const back = (await data.leads.findOne(lead.id).exec())?.email;
    await data.close();
    const raw = await rawIndexedDbText({ indexedDB, match: name });
    return {
      databases: raw.databases.length,
      records: raw.records,
      readBack: back === canary.email,
      plainControlFound: raw.text.includes('CHROMIUM-PLAIN-COMPANY'),
      canaryHits: Object.values(canary).filter((value) => raw.text.includes(value)).length,
    };
  },
};
status.textContent = 'ready';
