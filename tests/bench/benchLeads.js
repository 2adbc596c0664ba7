// Plain JS so tsconfig.e2e (which does not list src/) need not type-check the app through it.

import { leadSources, leadStatuses } from '../../src/shared/domain/lead.ts';
import { newId } from '../../src/shared/ids/newId.ts';

// Realistic, reproducible leads of about 1 KB: mixed Chinese and English trade-show contacts.
const cnFamily = [
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
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
];
const cnGiven = [
  '丽',
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '强',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
];
const cnCity = ['上海', '北京', '深圳', '杭州', '广州', '苏州', '成都', '南京', '武汉', '西安'];
const cnWord = [
  '星辰',
  '红叶',
  '华光',
  '远航',
  '金桥',
  '新程',
  '蓝海',
  '天成',
  '博远',
  '瑞丰',
  '恒信',
  '宏达',
];
const cnTrade = ['科技', '贸易', '机械', '电子', '物流', '医疗', '食品', '化工', '软件', '纺织'];
const enFirst = [
  'Anna',
  'Ben',
  'Clara',
  'David',
  'Emma',
  'Felix',
  'Grace',
  'Henry',
  'Isabel',
  'Jonas',
  'Laura',
  'Marco',
];
const enLast = [
  'Schmidt',
  'Miller',
  'Rossi',
  'Dubois',
  'Johnson',
  'Nakamura',
  'Kowalski',
  'Garcia',
  'Young',
  'Berg',
];
const enCompany = [
  'Acme',
  'Zenith',
  'Northwind',
  'Globex',
  'Initech',
  'Umbrella',
  'Stark',
  'Wayne',
  'Hooli',
  'Vandelay',
];
const enSuffix = ['GmbH', 'Ltd', 'Inc.', 'S.p.A.', 'B.V.', 'AG'];
const titles = [
  '采购经理',
  '技术总监',
  'Head of Procurement',
  'CTO',
  '销售总监',
  'Operations Manager',
  '总经理',
];
const noteLines = [
  '在展会上对我们的手持扫描枪很感兴趣，希望下个月安排演示，并询问了批量采购折扣和交付周期。',
  'Met at the booth; interested in the handheld scanner and the warehouse bundle. Wants a quote for 200 units.',
  '客户目前使用竞争对手的系统，合同年底到期，预算已经批准，需要与IT部门确认集成方案。',
  'Follow up after the trade show with pricing, lead times and the integration guide for their ERP.',
];

export function makeRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeLeadFactory(seed, eventIds, bigEventId, bigEventSize) {
  const random = makeRandom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const digits = (n) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  let made = 0;
  const startMs = Date.parse('2024-01-01T00:00:00.000Z');
  return () => {
    made += 1;
    const at = new Date(startMs + made * 60_000 + Math.floor(random() * 50_000)).toISOString();
    const chinese = random() < 0.6;
    const firstName = chinese ? pick(cnGiven) : pick(enFirst);
    const lastName = chinese ? pick(cnFamily) : pick(enLast);
    const company = chinese
      ? `${pick(cnCity)}${pick(cnWord)}${pick(cnTrade)}有限公司`
      : `${pick(enCompany)} ${pick(enLast)} ${pick(enSuffix)}`;
    const eventId = made <= bigEventSize ? bigEventId : random() < 0.5 ? pick(eventIds) : undefined;
    const rating = pick(['hot', 'warm', 'cold', undefined]);
    return {
      id: newId(Date.parse(at)),
      ownerId: 'bench-user',
      createdAt: at,
      updatedAt: at,
      firstName,
      lastName,
      company,
      title: pick(titles),
      email: `${chinese ? `user${digits(5)}` : `${firstName}.${lastName}`.toLowerCase()}@${chinese ? 'example.cn' : 'example.com'}`,
      phone: chinese
        ? `+86 1${digits(2)} ${digits(4)} ${digits(4)}`
        : `+49 30 ${digits(4)} ${digits(4)}`,
      source: pick(leadSources),
      status: pick(leadStatuses),
      notes: `${pick(noteLines)}\n${pick(noteLines)}\n${pick(noteLines)}`,
      consent: {
        given: random() < 0.7,
        at,
        text: '同意接收产品信息 / Agreed to receive product information',
      },
      industry: chinese ? pick(cnTrade) : 'Manufacturing',
      country: chinese ? 'CN' : 'DE',
      ...(eventId ? { eventId } : {}),
      ...(rating ? { rating } : {}),
    };
  };
}
