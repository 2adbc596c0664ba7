import { foldText } from '../qualification/foldText.ts';

/**
 * The industries Fieldbook knows by name in both languages, each with the names other systems
 * write for it: its English and Chinese labels (as the UI shows them), Salesforce's and HubSpot's
 * picklist values and the words Chinese spreadsheets use. An industry stays free text on the
 * record (what was typed or imported is kept); this list lets the same industry read, search and
 * score the same whichever way it was written.
 */
const vocabulary = {
  agriculture: ['Agriculture', '农业', 'Farming', '农林牧渔', '农牧业'],
  apparel: [
    'Apparel & textiles',
    '服装纺织',
    'Apparel',
    'Apparel & Fashion',
    'Textiles',
    '服装',
    '纺织',
    '纺织服装',
  ],
  automotive: [
    'Automotive',
    '汽车及零部件',
    'Auto parts',
    'Automotive parts',
    '汽车',
    '汽车零部件',
    '汽配',
  ],
  chemicals: ['Chemicals', '化工', 'Chemical', '化学', '化学品', '化学工业'],
  construction: ['Construction', '建筑', 'Building materials', '建筑工程', '建材'],
  consulting: ['Consulting', '咨询', 'Management consulting', '咨询服务', '管理咨询'],
  education: ['Education', '教育', 'Education management', 'Higher education', '教育培训', '培训'],
  electronics: [
    'Electronics',
    '电子',
    'Electrical/Electronic manufacturing',
    'Consumer electronics',
    'Computer hardware',
    'Semiconductors',
    '电子产品',
    '电子制造',
    '半导体',
  ],
  energy: [
    'Energy & utilities',
    '能源',
    'Energy',
    'Utilities',
    'Oil & energy',
    'Renewables & environment',
    '电力',
    '新能源',
    '能源电力',
  ],
  financial_services: [
    'Finance & banking',
    '金融',
    'Finance',
    'Banking',
    'Financial services',
    '银行',
    '金融服务',
  ],
  food_beverage: [
    'Food & beverage',
    '食品饮料',
    'Food & beverages',
    'Food production',
    '食品',
    '饮料',
    '餐饮食品',
  ],
  government: [
    'Government',
    '政府机构',
    'Government administration',
    '政府',
    '事业单位',
    '公共事业',
  ],
  healthcare: [
    'Healthcare',
    '医疗健康',
    'Hospital & health care',
    'Health care',
    '医疗',
    '医院',
    '医疗服务',
  ],
  hospitality: ['Hospitality', '酒店餐饮', 'Hotels', 'Restaurants', '酒店', '餐饮', '旅游'],
  insurance: ['Insurance', '保险'],
  logistics: [
    'Logistics & transport',
    '物流运输',
    'Logistics',
    'Transportation',
    'Shipping',
    'Logistics and supply chain',
    'Transportation/Trucking/Railroad',
    'Package/Freight delivery',
    'Warehousing',
    'Maritime',
    '物流',
    '运输',
    '货运',
    '供应链',
  ],
  machinery: [
    'Machinery',
    '机械设备',
    'Industrial automation',
    'Mechanical or industrial engineering',
    '机械',
    '机电',
    '机械制造',
    '装备制造',
    '工业设备',
  ],
  manufacturing: ['Manufacturing', '制造业', '制造', '生产制造', '工业制造'],
  media: [
    'Media & entertainment',
    '传媒娱乐',
    'Media',
    'Entertainment',
    'Broadcast media',
    '传媒',
    '媒体',
    '文化传媒',
    '娱乐',
  ],
  medical_devices: [
    'Medical devices',
    '医疗器械',
    'Medical device',
    'Medical equipment',
    '医疗设备',
  ],
  nonprofit: [
    'Non-profit',
    '非营利组织',
    'Not for profit',
    'Nonprofit',
    'Non-profit organization management',
    '公益',
    '非营利',
  ],
  pharmaceuticals: [
    'Pharma & biotech',
    '医药生物',
    'Pharmaceuticals',
    'Biotechnology',
    'Pharmaceutical',
    'Life sciences',
    '医药',
    '制药',
    '生物医药',
    '生物技术',
  ],
  real_estate: ['Real estate', '房地产', '地产', '物业'],
  retail: ['Retail', '零售', '零售业', '商超', '连锁零售'],
  technology: [
    'Software & IT',
    '软件与信息技术',
    'Technology',
    'Computer software',
    'Information technology and services',
    'Information technology',
    'Internet',
    'Software',
    'IT',
    '软件',
    '信息技术',
    '互联网',
    'IT服务',
  ],
  telecommunications: ['Telecommunications', '通信', 'Communications', 'Telecom', '电信', '通讯'],
  wholesale: [
    'Wholesale & distribution',
    '批发贸易',
    'Wholesale',
    'Distribution',
    'Import and export',
    '批发',
    '贸易',
    '进出口',
    '外贸',
    '分销',
  ],
  other: ['Other', '其他', '其它'],
} as const satisfies Record<string, readonly [string, string, ...string[]]>;

export type IndustryCode = keyof typeof vocabulary;

/** Every known industry, in a stable order (the UI sorts them by their label). */
export const industryCodes = Object.keys(vocabulary) as IndustryCode[];

// One key per way of writing a name: case, width, spacing, punctuation, "and" and a plural s set
// aside, so "Food & Beverage", "FOOD_BEVERAGES" (HubSpot) and "food and beverage" meet.
function nameKey(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word !== '' && word !== 'and')
    .join('')
    .replace(/s$/u, '');
}

const byKey = new Map<string, IndustryCode>();
for (const code of industryCodes) {
  byKey.set(nameKey(code), code);
  for (const name of vocabulary[code]) byKey.set(nameKey(name), code);
}

/**
 * The known industry a free-text industry names ("Manufacturing", "制造业", HubSpot's
 * "COMPUTER_SOFTWARE"), or undefined. A Chinese name may end in 行业 or 业 ("化工行业").
 */
export function recognizeIndustry(text: string | undefined): IndustryCode | undefined {
  if (text === undefined) return undefined;
  const key = nameKey(text);
  if (key === '') return undefined;
  return byKey.get(key) ?? byKey.get(key.replace(/行业$|业$/u, ''));
}

/** The names a known industry goes by: English label, Chinese label, then the other spellings. */
export function industryNames(code: IndustryCode): readonly string[] {
  return vocabulary[code];
}

/**
 * The words an industry is found and scored by: what the record says and, when it names a known
 * industry, its names in both languages, so a search for "制造" finds "Manufacturing".
 */
export function industryTerms(text: string | undefined): string[] {
  if (text === undefined || text.trim() === '') return [];
  const code = recognizeIndustry(text);
  return code === undefined ? [text] : [text, ...vocabulary[code]];
}
