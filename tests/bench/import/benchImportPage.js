// Plain JS so tsconfig.e2e (which does not list src/) need not type-check the app through it.
// Exposes `window.fieldbookImportBench.importCsv(rows, seed)`: makes a realistic CSV file in
// memory and imports it through the real importer (decode, parse, plan with duplicate checks,
// bulk writes) into the real data layer, timing each phase.
import {
  planImport,
  readImportFile,
  suggestImportMapping,
} from '../../../src/renderer/data/import/planImport.ts';
import { runImport } from '../../../src/renderer/data/import/runImport.ts';
import { openFieldbookData } from '../../../src/renderer/data/openFieldbookData.ts';

const status = document.getElementById('status');
const user = { id: '018cc251-f400-7000-a000-000000000001', role: 'manager' };
let data;

const surnames = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  'Müller',
  'Smith',
  'Garcia',
  'Tanaka',
  'Nguyen',
  'Schmidt',
  'Rossi',
  'Dubois',
  'Kim',
  'Silva',
];
const givens = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '强',
  '洋',
  '艳',
  '军',
  'Anna',
  'Ben',
  'Chloe',
  'David',
  'Emma',
  'Felix',
  'Grace',
  'Hugo',
  'Ida',
  'Jonas',
];
const places = [
  '上海',
  '深圳',
  '苏州',
  '杭州',
  'Berlin',
  'Austin',
  'Osaka',
  'Lyon',
  'Milano',
  'Seoul',
];
const words = [
  '星辰',
  '华东',
  '浦江',
  '远航',
  'Nordlicht',
  'Contoso',
  'Fabrikam',
  'Wingtip',
  'Northwind',
  'Litware',
];
const suffixes = ['有限公司', '科技有限公司', 'GmbH', 'Ltd.', 'Inc.'];
const sources = ['Trade Show', 'Web', 'Partner Referral', 'Webinar', 'Purchased List'];

// Deterministic pseudo-random numbers, so every run imports the same file.
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function makeCsv(rows, seed) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const lines = ['FirstName,LastName,Company,Title,Email,Phone,LeadSource,Rating,Description'];
  for (let i = 0; i < rows; i++) {
    // About 1% of rows repeat an earlier person (a second badge scan), 1% have a broken email.
    if (i > 10 && next() < 0.01) {
      lines.push(lines[1 + Math.floor(next() * (lines.length - 1))]);
      continue;
    }
    const company = `${pick(places)}${pick(words)}${seed}-${i % 9000}${pick(suffixes)}`;
    const roll = next();
    // A later file also names about 2% of the people the first file had (same email).
    const email =
      roll < 0.01
        ? `broken.${i}.example.com`
        : seed > 1 && roll < 0.03
          ? `p1.${i}@firm${i % 9000}.example.com`
          : `p${seed}.${i}@firm${i % 9000}.example.com`;
    const phone =
      next() < 0.5
        ? `+86 139 ${String(1000 + (i % 9000)).padStart(4, '0')} ${String(seed * 7 + i)
            .slice(-4)
            .padStart(4, '0')}`
        : '';
    const note = next() < 0.1 ? '"Met at booth 4B,\nwants a quote"' : '';
    lines.push(
      [
        pick(givens),
        pick(surnames),
        `"${company}"`,
        'Purchasing',
        email,
        phone,
        pick(sources),
        pick(['Hot', 'Warm', 'Cold', '']),
        note,
      ].join(','),
    );
  }
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}`);
}

async function importCsv(rows, seed) {
  data ??= await openFieldbookData({ name: 'fieldbook-bench-import', multiInstance: false });
  const bytes = makeCsv(rows, seed);
  const context = { data, clock: () => new Date(), user };
  const t0 = performance.now();
  const file = readImportFile(bytes);
  const t1 = performance.now();
  const { mapping } = suggestImportMapping('leads', file.headers);
  const plan = await planImport({ data, entity: 'leads', file, mapping });
  const t2 = performance.now();
  const batchSize = Number(new URLSearchParams(location.search).get('batch') ?? 1000);
  const report = await runImport({ context, plan, policy: 'skip', batchSize });
  const t3 = performance.now();
  return {
    bytes: bytes.length,
    readMs: t1 - t0,
    planMs: t2 - t1,
    writeMs: t3 - t2,
    totalMs: t3 - t0,
    summary: plan.summary,
    imported: report.imported,
    skipped: report.skipped,
    failed: report.failed,
    stored: await data.leads.count().exec(),
  };
}

window.fieldbookImportBench = { importCsv };
status.textContent = 'ready';
