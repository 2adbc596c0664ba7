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

// Where each show is held in China.
export const showCities: Record<string, string> = {
  CeMAT: '上海',
  CIIE: '上海',
  LogiMAT: '深圳',
  'Canton Fair': '广州',
  SIAL: '上海',
};

/** Why customers turned a quote down, as reps write it. */
export const rejectionReasons = ['价格偏高', '选择了竞争对手', '预算被取消', '项目延期到明年'];
