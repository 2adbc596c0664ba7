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
export const titles = [
  '采购经理',
  '运营总监',
  'IT 主管',
  'Head of Operations',
  'Procurement Lead',
  'CTO',
  '仓储经理',
];
export const industries = [
  'Logistics',
  'Manufacturing',
  'Retail',
  'Healthcare',
  'Wholesale',
  'Food & Beverage',
];
