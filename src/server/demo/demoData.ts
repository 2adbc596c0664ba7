import { demoProducts } from '../../shared/demo/demoCatalog.ts';
import {
  chineseCompanies,
  chineseFamily,
  chineseGiven,
  chineseMailbox,
  chineseTitles,
  companyIndustries,
  leadNotesBySource,
  westernCompanies,
  westernFirst,
  westernLast,
  westernTitles,
  withoutLegalForm,
} from '../../shared/demo/demoNames.ts';
import { profileDemoLead, rateDemoLead } from '../../shared/demo/salesYearLeadProfile.ts';
import { seededRandom } from '../../shared/demo/seededRandom.ts';
import type { CollectionName, CollectionRecord } from '../../shared/domain/collections.ts';
import { exampleRecords } from '../../shared/domain/exampleRecords.ts';
import type { LeadSource, LeadStatus } from '../../shared/domain/lead.ts';
import { newId } from '../../shared/ids/newId.ts';
import { applyServiceLevels } from '../../shared/service/serviceLevels.ts';
import { chineseAddresses, westernAddresses } from './demoAccountPlaces.ts';
import { demoFirstDeal } from './demoFirstDeal.ts';
import { demoIntakeSettings } from './demoIntakeSettings.ts';

export type DemoPeople = {
  admin: string;
  manager: string;
  rep1: string;
  rep2: string;
  teamId: string;
};
export type DemoDocuments = { [K in CollectionName]: CollectionRecord<K>[] };

const sources: LeadSource[] = [
  'trade_show',
  'trade_show',
  'website',
  'referral',
  'social',
  'ad',
  'import',
];
const statuses: LeadStatus[] = [
  'new',
  'new',
  'new',
  'contacted',
  'contacted',
  'qualified',
  'disqualified',
];

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

// The booth questions as the manager of a Chinese and international team writes them.
const bilingualPrompts: Readonly<Record<string, string>> = {
  'Budget this year?': '今年预算？Budget this year?',
  '< 100k': '< 10 万 / 100k',
  '≥ 100k': '≥ 10 万 / 100k',
  'Wants a demo?': '需要演示吗？Wants a demo?',
  Fit: '匹配度 Fit',
};

/**
 * The demo company's records: realistic, mixed Chinese and international data in every
 * collection, owned by the demo people. Pure: the same `now` and seed give the same data.
 */
export function buildDemoDocuments(people: DemoPeople, now: Date, seed = 4410): DemoDocuments {
  const random = seededRandom(seed);
  // Leads' qualification fields and ratings draw from their own stream, so the rest stays as it was.
  const profileRandom = seededRandom(seed ^ 0x5eed_1ead);
  const contactName = (chinese: boolean, index: number, c: number) => {
    const firstName = random.pick(chinese ? chineseGiven : westernFirst);
    const lastName = random.pick(chinese ? chineseFamily : westernLast);
    const title = random.pick(chinese ? chineseTitles : westernTitles);
    const mailbox = chinese
      ? chineseMailbox(lastName, firstName)
      : // Müller's mailbox is mueller: no umlaut in an address.
        `${firstName}.${lastName}`.toLowerCase().replaceAll('ü', 'ue');
    const email = `${mailbox}${index}${c}@example.${chinese ? 'cn' : 'com'}`;
    // Each their own mobile, in their company's country; from the position, not the PRNG, so
    // the rest of the demo stays as it was.
    const serial = 4100 + index * 173 + c * 59;
    const phone =
      [
        `+49 151 ${2040 + c * 311} ${serial}`,
        `+1 312 ${620 + c * 7} ${serial}`,
        `+44 7400 ${120 + c * 9}${String(serial).slice(1)}`,
        `+41 79 ${412 + c * 5} ${String(serial).slice(0, 2)} ${String(serial).slice(2)}`,
      ][index - 6] ??
      `+86 13${(index + c) % 10} ${1200 + index * 37 + c * 401} ${4100 + index * 173 + c * 59}`;
    return { firstName, lastName, title, email, phone };
  };
  const nowMs = now.getTime();
  const day = 86_400_000;
  let idClock = nowMs - 120 * day;
  const id = () => {
    idClock += 1_000;
    return newId(idClock);
  };
  const stamp = (ownerId: string, ageDays: number) => {
    const at = iso(nowMs - ageDays * day);
    return { ownerId, createdAt: at, updatedAt: at };
  };
  const reps = [people.rep1, people.rep2];

  const event: CollectionRecord<'events'> = {
    ...exampleRecords.events,
    id: id(),
    ...stamp(people.manager, 30),
    name: 'CeMAT Asia 2026 上海',
    startsOn: iso(nowMs - 10 * day).slice(0, 10),
    endsOn: iso(nowMs - 7 * day).slice(0, 10),
    teamId: people.teamId,
    // At a show in China the booth asks for consent under PIPL, in the visitor's language; each
    // lead records which version it agreed to.
    consent: {
      version: '2026-03',
      textZh:
        '我同意 Fieldbook 演示公司收集我的姓名、公司和联系方式，用于就本次展会咨询与我联系并发送产品资料。我可以随时撤回同意。',
      textEn:
        'I agree that Fieldbook Demo collects my name, company and contact details to follow up on my enquiry at this show and send product information. I can withdraw my consent at any time.',
    },
    // The team is Chinese and international: the manager wrote the booth questions in both.
    qualificationQuestions: exampleRecords.events.qualificationQuestions.map((question) => ({
      ...question,
      prompt: bilingualPrompts[question.prompt] ?? question.prompt,
      options: question.options.map((option) => ({
        ...option,
        label: bilingualPrompts[option.label] ?? option.label,
      })),
    })),
  };

  const leads: CollectionRecord<'leads'>[] = [];
  for (const ownerId of reps) {
    for (let i = 0; i < 60; i++) {
      const chinese = random.next() < 0.6;
      const source = random.pick(sources);
      const status = random.pick(statuses);
      const company = chinese ? random.pick(chineseCompanies) : random.pick(westernCompanies);
      const firstName = chinese ? random.pick(chineseGiven) : random.pick(westernFirst);
      const lastName = chinese ? random.pick(chineseFamily) : random.pick(westernLast);
      const age = random.int(0, 60);
      const title = random.pick(chinese ? chineseTitles : westernTitles);
      const phone = chinese
        ? `+86 139 ${String(1000 + i).padStart(4, '0')} ${String(random.int(1000, 9999))}`
        : `+49 30 ${random.int(1000000, 9999999)}`;
      random.next(); // a rating was drawn here before it followed the lead: the rest stays as it was
      const consentGiven = random.next() < 0.8;
      random.next(); // the industry was drawn here before it followed the company: the rest stays
      const industry = companyIndustries[company];
      const lead: CollectionRecord<'leads'> = {
        id: id(),
        ...stamp(ownerId, age),
        firstName,
        lastName,
        company,
        title,
        email: chinese
          ? `${chineseMailbox(lastName, firstName)}${i}@example.cn`
          : `${firstName.toLowerCase()}.${i}@example.com`,
        phone,
        source,
        eventId: source === 'trade_show' ? event.id : undefined,
        status,
        notes: chinese ? leadNotesBySource[source].zh : leadNotesBySource[source].en,
        consent: { given: consentGiven, at: iso(nowMs - age * day) },
        industry,
        country: chinese ? 'CN' : 'DE',
        disqualifyReason: status === 'disqualified' ? 'No budget this year' : undefined,
      };
      // What the rep found out about the lead, as much as how far it went, and the rating the rep
      // gave it then (see salesYearLeadProfile).
      const profile = profileDemoLead({
        random: profileRandom,
        status,
        person: { chinese, firstName, lastName },
        serial: i,
      });
      const { companySize, budget, purchaseTimeline } = profile;
      if (companySize !== undefined) lead.companySize = companySize;
      // Its disqualify reason says it had no budget.
      if (budget !== undefined && status !== 'disqualified') lead.budget = budget;
      if (purchaseTimeline !== undefined) lead.purchaseTimeline = purchaseTimeline;
      lead.rating = rateDemoLead({ random: profileRandom, lead, activities: [] });
      leads.push(lead);
    }
  }

  const products = demoProducts({
    newId: id,
    managerId: people.manager,
    // Before the demo year's first order (see seedDemoYear), so no goods leave before they arrive.
    createdAt: iso(nowMs - 400 * day),
    receivedAt: iso(nowMs - 395 * day),
  });
  // The example documents' lines name the example scanner: point them at the demo catalog's.
  const productIdBySku = new Map(products.map((product) => [product.sku, product.id]));
  // The example's free-text training line reads in both languages, as the catalog's lines do.
  const demoDescriptions: Readonly<Record<string, string>> = {
    'On-site training (hours)': '现场培训（小时）On-site training (hours)',
  };
  const demoLines = <T extends { productId?: string; sku?: string; description: string }>(
    lines: readonly T[],
  ): T[] =>
    lines.map((line) => {
      const productId = line.sku === undefined ? undefined : productIdBySku.get(line.sku);
      const description = demoDescriptions[line.description] ?? line.description;
      return { ...line, description, ...(productId === undefined ? {} : { productId }) };
    });

  const accounts: CollectionRecord<'accounts'>[] = [];
  const contacts: CollectionRecord<'contacts'>[] = [];
  const opportunities: CollectionRecord<'opportunities'>[] = [];
  const activities: CollectionRecord<'activities'>[] = [];
  const dealWordsEn = ['scanners', 'printers', 'tablets', 'rollout'];
  const dealWordsZh = ['扫描枪', '标签打印机', '加固平板', '全面部署'];
  const stages = [
    'prospecting',
    'qualification',
    'proposal',
    'negotiation',
    'closed_won',
    'closed_lost',
  ] as const;
  [...chineseCompanies.slice(0, 6), ...westernCompanies.slice(0, 4)].forEach((name, index) => {
    const ownerId = reps[index % 2] as string;
    random.next(); // the industry was drawn here before it followed the company: the rest stays
    const account: CollectionRecord<'accounts'> = {
      ...exampleRecords.accounts,
      id: id(),
      ...stamp(ownerId, 80 - index),
      name,
      industry: companyIndustries[name],
      teamId: people.teamId,
      leadId: undefined,
      tags: index < 3 ? ['key-account'] : [],
      // Each customer is where its name says (the Western ones abroad, so their quotes are
      // exports), with its own switchboard; no Chinese one shares the example's website.
      ...(index < 6 ? { website: undefined } : {}),
      ...(index < 6 ? chineseAddresses[index] : westernAddresses[index - 6]),
    };
    accounts.push(account);
    for (let c = 0; c < 2; c++) {
      const chinese = index < 6;
      contacts.push({
        ...exampleRecords.contacts,
        id: id(),
        ...stamp(ownerId, 70 - index),
        accountId: account.id,
        ...contactName(chinese, index, c),
        isPrimary: c === 0,
        leadId: undefined,
      });
    }
    const stage = stages[index % stages.length] ?? 'prospecting';
    const opportunity: CollectionRecord<'opportunities'> = {
      ...exampleRecords.opportunities,
      id: id(),
      ...stamp(ownerId, 60 - index),
      accountId: account.id,
      contactIds: [contacts.at(-2)?.id ?? ''],
      // Named in the customer's language, as its rep writes it.
      name: `${withoutLegalForm(name)} – ${random.pick(index < 6 ? dealWordsZh : dealWordsEn)} 2026`,
      stage,
      amount: { amount: random.int(50, 900) * 100_000, currency: 'CNY' },
      probability: [10, 20, 50, 70, 100, 0][index % 6] ?? 10,
      expectedCloseDate: iso(nowMs + random.int(-20, 90) * day).slice(0, 10),
      leadId: undefined,
      eventId: event.id,
      lostReason: stage === 'closed_lost' ? 'Chose a cheaper competitor' : undefined,
    };
    opportunities.push(opportunity);
    activities.push({
      ...exampleRecords.activities,
      id: id(),
      ...stamp(ownerId, 20 - (index % 10)),
      type: random.pick(['call', 'visit', 'email', 'meeting'] as const),
      subject: index < 6 ? '跟进报价' : 'Follow-up on the proposal',
      related: { collection: 'opportunities', id: opportunity.id },
      contactIds: [],
      occurredAt: iso(nowMs - (20 - (index % 10)) * day),
    });
  });

  // The first deal ran the whole chain (see demoFirstDeal), dated from today.
  const [firstAccount, firstDeal] = [accounts[0], opportunities[0]];
  if (!firstAccount || !firstDeal) throw new Error('the demo needs its first account and deal');
  const {
    lead: firstLead,
    account,
    contact,
    quote,
    won,
    order,
    invoice,
  } = demoFirstDeal({
    nowMs,
    people,
    account: firstAccount,
    contact: contacts[0],
    opportunity: firstDeal,
    scannersWord: dealWordsZh[0] ?? '',
    id,
    stamp,
    demoLines,
  });
  opportunities[0] = won;
  accounts[0] = account;
  if (contact) contacts[0] = contact;
  leads.push(firstLead);
  // Opened five days ago, answered within two hours, still not resolved: past its one-day
  // resolution target (the deadlines follow its own dates, not the example's).
  const opened = stamp(people.rep1, 5);
  const ticket: CollectionRecord<'tickets'> = applyServiceLevels({
    ticket: {
      ...exampleRecords.tickets,
      id: id(),
      ...opened,
      accountId: order.accountId,
      contactId: contacts[0]?.id,
      orderId: order.id,
      assigneeId: people.rep1,
      sla: { firstRespondedAt: iso(Date.parse(opened.createdAt) + 130 * 60_000) },
    },
  });
  const settings: CollectionRecord<'settings'>[] = [
    { ...exampleRecords.settings, id: id(), ...stamp(people.admin, 100) },
    // The seller printed on quotes, invoices and reminders.
    {
      id: id(),
      ...stamp(people.admin, 100),
      key: 'companyProfile',
      value: {
        kind: 'companyProfile',
        // The name the demo's consent statements give (Fieldbook Demo, Fieldbook 演示公司).
        name: 'Fieldbook Demo（上海）有限公司',
        address: '上海市闵行区申长路 990 号 3 楼',
        // Registered English name and address, for the quotes its European customers receive.
        nameEn: 'Fieldbook Demo (Shanghai) Co., Ltd.',
        addressEn: '3F, No. 990 Shenchang Road, Minhang District, Shanghai 201107, China',
        country: 'CN',
        phone: '+86 21 6088 1234',
        email: 'sales@demo.fieldbook',
        website: 'demo.fieldbook',
        taxId: '91310112MA1GB2XK7Q',
      },
    },
    ...demoIntakeSettings({ people, newId: id, stamp: stamp(people.manager, 90) }),
  ];

  return {
    leads,
    accounts,
    contacts,
    activities,
    opportunities,
    products,
    events: [event],
    quotes: [quote],
    orders: [order],
    invoices: [invoice],
    tickets: [ticket],
    settings,
  };
}
