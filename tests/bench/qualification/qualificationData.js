// Plain JS so tsconfig.e2e (which does not list src/) need not type-check the app through it.

import { purchaseTimelines } from '../../../src/shared/domain/lead.ts';
import { newId } from '../../../src/shared/ids/newId.ts';
import { makeLeadFactory, makeRandom } from '../benchLeads.js';

const dayMs = 86_400_000;
const eventIds = Array.from(
  { length: 12 },
  (_, i) => `018cc251-f400-7000-9000-${String(i + 1).padStart(12, '0')}`,
);
const industries = [
  'Manufacturing',
  'Wholesale',
  'Logistics',
  'Retail',
  '制造',
  '物流',
  'Software',
];

/** Leads as the trade-show leads of the data bench, plus the BANT fields scoring reads. */
export function makeScoredLeadFactory(seed) {
  const random = makeRandom(seed + 17);
  const base = makeLeadFactory(seed, eventIds, eventIds[0], 2000);
  const pick = (list) => list[Math.floor(random() * list.length)];
  return () => {
    const lead = base();
    const size = random();
    const withBudget = random() < 0.5;
    const currency = lead.country === 'CN' ? 'CNY' : 'USD';
    return {
      ...lead,
      industry: pick(industries),
      ...(size < 0.8 ? { companySize: Math.floor(10 ** (random() * 4)) } : {}),
      ...(withBudget ? { budget: { amount: Math.floor(random() * 30_000_000), currency } } : {}),
      ...(random() < 0.7 ? { purchaseTimeline: pick(purchaseTimelines) } : {}),
    };
  };
}

const activityKinds = [
  ['call', 'outbound'],
  ['call', 'inbound'],
  ['visit', undefined],
  ['email', 'inbound'],
  ['email', 'outbound'],
  ['meeting', undefined],
  ['note', undefined],
];

/** Done interactions on leads over the last 120 days (what engagement rules score). */
export function makeActivityFactory(seed, leadIds, nowMs) {
  const random = makeRandom(seed);
  return () => {
    const [type, direction] = activityKinds[Math.floor(random() * activityKinds.length)];
    const occurredMs = nowMs - Math.floor(random() * 120 * dayMs);
    const at = new Date(occurredMs).toISOString();
    return {
      id: newId(occurredMs),
      ownerId: 'bench-user',
      createdAt: at,
      updatedAt: at,
      type,
      subject: `${type} about the quote`,
      body: 'Talked about delivery times and the spare parts package.',
      related: { collection: 'leads', id: leadIds[Math.floor(random() * leadIds.length)] },
      occurredAt: at,
      ...(direction ? { direction } : {}),
      contactIds: [],
      done: true,
      doneAt: at,
    };
  };
}

const accountWords = ['星辰', '红叶', '华光', 'Nordlicht', 'Acme', 'Zenith', 'Bluewater', '远航'];
const accountKinds = ['机械有限公司', '贸易有限公司', 'GmbH', 'Ltd', 'Logistics Inc.', '电子科技'];

/** Accounts with names like the ones reps type. */
export function makeAccountFactory(seed, nowMs) {
  const random = makeRandom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  let made = 0;
  return () => {
    made += 1;
    const at = new Date(nowMs - 400 * dayMs + made * 1000).toISOString();
    return {
      id: newId(Date.parse(at)),
      ownerId: 'bench-user',
      createdAt: at,
      updatedAt: at,
      name: `${pick(accountWords)} ${pick(accountKinds)} ${made}`,
      industry: pick(industries),
      country: random() < 0.6 ? 'CN' : 'DE',
      tags: [],
      notes: '',
    };
  };
}

const openStages = [
  ['prospecting', 10],
  ['qualification', 20],
  ['proposal', 50],
  ['negotiation', 75],
];
const dealWords = [
  'Forklift fleet',
  '注塑机',
  'Spare parts',
  '年度框架协议',
  'Conveyor line',
  '包装线',
];

/** Deals spread over the open stages (and, with `closed`, won/lost ones), three currencies. */
export function makeOpportunityFactory(seed, accountIds, ownerIds, nowMs) {
  const random = makeRandom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  let made = 0;
  return (closed = false) => {
    made += 1;
    const createdMs = nowMs - Math.floor(random() * 300 * dayMs);
    const at = new Date(createdMs).toISOString();
    const [stage, probability] = closed
      ? random() < 0.5
        ? ['closed_won', 100]
        : ['closed_lost', 0]
      : pick(openStages);
    const currency = pick(['CNY', 'CNY', 'USD', 'EUR']);
    const close = new Date(nowMs + Math.floor((random() * 300 - 60) * dayMs));
    return {
      id: newId(createdMs),
      ownerId: pick(ownerIds),
      createdAt: at,
      updatedAt: at,
      accountId: pick(accountIds),
      contactIds: [],
      name: `${pick(dealWords)} ${made}`,
      stage,
      amount: { amount: 100 * Math.floor(1_000 + random() * 500_000), currency },
      probability,
      expectedCloseDate: close.toISOString().slice(0, 10),
      description: '',
      nextStep: 'Send the revised quote',
      stageHistory: [],
      ...(closed ? { closedAt: at } : {}),
      ...(stage === 'closed_lost' ? { lostReason: 'Lost on price' } : {}),
    };
  };
}
