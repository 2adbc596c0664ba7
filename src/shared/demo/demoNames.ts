import type { LeadSource } from '../domain/lead.ts';

// The people, companies, titles and industries the demo company's records are made of: Chinese
// names family name first (王丽), western ones as written, companies with their legal form.

export const chineseFamily = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
];
export const chineseGiven = [
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
];
export const westernFirst = [
  'Anna',
  'Ben',
  'Carla',
  'David',
  'Emma',
  'Felix',
  'Grace',
  'Hugo',
  'Ines',
  'Jonas',
  'Lena',
  'Marco',
];
export const westernLast = [
  'Schmidt',
  'Rossi',
  'Martin',
  'Novak',
  'Jensen',
  'Garcia',
  'Müller',
  'Dubois',
  'Smith',
  'Kowalski',
];
export const chineseCompanies = [
  '上海星辰科技有限公司',
  '杭州云帆物流有限公司',
  '苏州恒达精密制造有限公司',
  '南京华新医疗器械有限公司',
  '宁波海港贸易有限公司',
  '无锡青松电子有限公司',
  '合肥光谷新材料有限公司',
  '上海华东贸易有限公司',
];
/**
 * A company's name as people say it in a deal's name: without its legal form ("Nordlicht
 * Logistics", "杭州云帆物流"), instead of cut at a fixed length ("Nordlicht Lo").
 */
export function withoutLegalForm(company: string): string {
  return company
    .replace(/(股份有限公司|有限责任公司|有限公司)$/u, '')
    .replace(/\s+(GmbH|Ltd|AG|BV|Inc\.|Group)$/u, '');
}

export const westernCompanies = [
  'Nordlicht Logistics GmbH',
  'Atlas Retail Group',
  'Bluewave Foods Ltd',
  'Helix Pharma AG',
  'Cobalt Warehousing BV',
  'Summit Components Inc.',
];
// Pinyin of each name part above, for the e-mail addresses people in China actually have
// (王丽 → wang.li@…), not an address that names someone else.
const pinyin: Readonly<Record<string, string>> = {
  王: 'wang',
  李: 'li',
  张: 'zhang',
  刘: 'liu',
  陈: 'chen',
  杨: 'yang',
  赵: 'zhao',
  黄: 'huang',
  周: 'zhou',
  吴: 'wu',
  徐: 'xu',
  孙: 'sun',
  马: 'ma',
  朱: 'zhu',
  胡: 'hu',
  丽: 'li',
  伟: 'wei',
  芳: 'fang',
  娜: 'na',
  敏: 'min',
  静: 'jing',
  强: 'qiang',
  磊: 'lei',
  洋: 'yang',
  艳: 'yan',
  勇: 'yong',
  军: 'jun',
  杰: 'jie',
  娟: 'juan',
  涛: 'tao',
};

/** The mailbox name of a Chinese person: family name, then given name, in pinyin (wang.li). */
export function chineseMailbox(family: string, given: string): string {
  return `${pinyin[family] ?? 'contact'}.${pinyin[given] ?? 'x'}`;
}

// Titles in the language the person's company works in.
export const chineseTitles = ['采购经理', '运营总监', 'IT 主管', '仓储经理', '物流经理'];
export const westernTitles = ['Head of Operations', 'Procurement Lead', 'CTO', 'Warehouse Manager'];
/**
 * Each demo company's industry, as its own people would write it: in Chinese for the Chinese
 * ones (the industry vocabulary reads both in either language).
 */
export const companyIndustries: Readonly<Record<string, string>> = {
  上海星辰科技有限公司: '信息技术',
  杭州云帆物流有限公司: '物流',
  苏州恒达精密制造有限公司: '制造业',
  南京华新医疗器械有限公司: '医疗器械',
  宁波海港贸易有限公司: '进出口',
  无锡青松电子有限公司: '电子',
  合肥光谷新材料有限公司: '化工',
  上海华东贸易有限公司: '批发',
  'Nordlicht Logistics GmbH': 'Logistics',
  'Atlas Retail Group': 'Retail',
  'Bluewave Foods Ltd': 'Food & Beverage',
  'Helix Pharma AG': 'Pharmaceuticals',
  'Cobalt Warehousing BV': 'Warehousing',
  'Summit Components Inc.': 'Electronics',
};

/** What a rep noted on a demo lead, as it came in: a booth talk is not an ad click. */
export const leadNotesBySource: Readonly<Record<LeadSource, { zh: string; en: string }>> = {
  trade_show: {
    zh: '展会上对扫描枪很感兴趣。',
    en: 'Interested in the handheld scanner at the booth.',
  },
  website: {
    zh: '在官网下载了扫描枪产品手册。',
    en: 'Downloaded the scanner brochure from our website.',
  },
  social: { zh: '在微信公众号留言询问扫描枪价格。', en: 'Asked about scanner prices on LinkedIn.' },
  referral: {
    zh: '老客户介绍，想了解仓库扫描方案。',
    en: 'Referred by a customer; wants a warehouse scanning setup.',
  },
  ad: { zh: '看到广告后来电咨询扫描枪。', en: 'Called about the scanner after seeing our ad.' },
  import: { zh: '从展商名录导入。', en: 'Imported from an exhibitor list.' },
  other: { zh: '对扫描枪感兴趣。', en: 'Interested in the handheld scanner.' },
};
