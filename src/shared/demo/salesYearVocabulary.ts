import type { LeadSource } from '../domain/lead.ts';

// The words a generated year of sales is made of: names, places, trade names, lead sources.
export const familyNames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴'];
export const givenNames = ['丽', '伟', '芳', '敏', '静', '强', '磊', '洋', '艳', '军'];
export const englishFirst = ['Anna', 'Ben', 'Clara', 'David', 'Emma', 'Felix', 'Grace', 'Henry'];
export const englishLast = ['Schmidt', 'Miller', 'Rossi', 'Dubois', 'Tanaka', 'Smith', 'Novak'];
export const cities = ['上海', '苏州', '杭州', '深圳', '广州', '北京', '成都', '武汉'];
export const industries = ['机械', '物流', '电子', '零售', '医疗器械', '汽车零部件'];
// Trade names (字号) of two auspicious characters: a Chinese company is named city + trade name +
// industry + 有限公司 (上海星辰物流有限公司).
export const tradeFirst = [
  '星',
  '华',
  '恒',
  '鼎',
  '瑞',
  '永',
  '凯',
  '博',
  '东',
  '金',
  '天',
  '宏',
  '新',
  '安',
  '嘉',
];
export const tradeSecond = [
  '辰',
  '远',
  '通',
  '盛',
  '丰',
  '信',
  '达',
  '源',
  '方',
  '桥',
  '合',
  '图',
  '禾',
  '泰',
  '和',
];
export const sources: readonly LeadSource[] = [
  'trade_show',
  'trade_show',
  'trade_show',
  'website',
  'social',
  'ad',
  'referral',
  'import',
];

/**
 * The team's year of events by calendar month: the trade shows its industry exhibits at, where
 * and when they are held (the Canton Fair twice, in spring and autumn), and its own dealer and
 * customer meetings in the quiet months.
 */
export const eventCalendar: ReadonlyArray<{
  name: string;
  city: string;
  kind: 'trade_show' | 'conference';
}> = [
  { name: '年度经销商大会', city: '杭州', kind: 'conference' },
  { name: '华东区新品品鉴会', city: '苏州', kind: 'conference' },
  { name: 'CHINASHOP 中国零售业博览会', city: '上海', kind: 'trade_show' },
  { name: '广交会（春季）', city: '广州', kind: 'trade_show' },
  { name: 'SIAL 西雅国际食品展', city: '上海', kind: 'trade_show' },
  { name: 'LogiMAT China 国际内部物流展', city: '深圳', kind: 'trade_show' },
  { name: '华南区渠道伙伴大会', city: '深圳', kind: 'conference' },
  { name: '中国国际物流与供应链博览会', city: '深圳', kind: 'trade_show' },
  { name: 'CIIF 中国国际工业博览会', city: '上海', kind: 'trade_show' },
  { name: '广交会（秋季）', city: '广州', kind: 'trade_show' },
  // November's CeMAT Asia is the demo company's own show (seedDemoCompany).
  { name: 'CIIE 中国国际进口博览会', city: '上海', kind: 'trade_show' },
  { name: '华北区客户答谢会', city: '北京', kind: 'conference' },
];

/** Why customers turned a quote down, as reps write it. */
export const rejectionReasons = ['价格偏高', '选择了竞争对手', '预算被取消', '项目延期到明年'];

/** What the people who buy scanners and printers do, in Chinese and in English. */
export const chineseTitles = ['采购经理', '仓储主管', 'IT 经理', '运营总监', '物流经理', '总经理'];
export const englishTitles = [
  'Purchasing Manager',
  'Warehouse Lead',
  'IT Manager',
  'Operations Director',
];
