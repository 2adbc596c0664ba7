import type { LeadRating, LeadSource, LeadStatus } from '../domain/lead.ts';

/** Where a CSV column's value goes in a lead; `fullName` is split, `mobile` fills an empty phone. */
export type LeadCsvTarget =
  | 'firstName'
  | 'lastName'
  | 'fullName'
  | 'company'
  | 'title'
  | 'email'
  | 'phone'
  | 'mobile'
  | 'source'
  | 'status'
  | 'rating'
  | 'industry'
  | 'country'
  | 'notes'
  | 'ignore';

/** A column mapping, preset or saved by a user: header (matched case-insensitively) → target. */
export type LeadCsvMapping = { columns: Readonly<Record<string, LeadCsvTarget>> };

export type LeadCsvPresetId = 'salesforce' | 'hubspot' | 'excelZh' | 'fieldbook';

export type LeadCsvColumn = { header: string; target: Exclude<LeadCsvTarget, 'ignore'> };

/** A known column set: its columns in export order and the words it uses for our values. */
export type LeadCsvPreset = {
  id: LeadCsvPresetId;
  columns: readonly LeadCsvColumn[];
  sourceLabels: Readonly<Record<LeadSource, string>>;
  statusLabels: Readonly<Record<LeadStatus, string>>;
  ratingLabels: Readonly<Record<LeadRating, string>>;
};

const englishRatings = { hot: 'Hot', warm: 'Warm', cold: 'Cold' } as const;

export const leadCsvPresets: Readonly<Record<LeadCsvPresetId, LeadCsvPreset>> = {
  // Salesforce Lead object field names as Data Loader and report exports write them.
  salesforce: {
    id: 'salesforce',
    columns: [
      { header: 'FirstName', target: 'firstName' },
      { header: 'LastName', target: 'lastName' },
      { header: 'Company', target: 'company' },
      { header: 'Title', target: 'title' },
      { header: 'Email', target: 'email' },
      { header: 'Phone', target: 'phone' },
      { header: 'MobilePhone', target: 'mobile' },
      { header: 'LeadSource', target: 'source' },
      { header: 'Status', target: 'status' },
      { header: 'Rating', target: 'rating' },
      { header: 'Industry', target: 'industry' },
      { header: 'Country', target: 'country' },
      { header: 'Description', target: 'notes' },
    ],
    sourceLabels: {
      trade_show: 'Trade Show',
      website: 'Web',
      social: 'Social Media',
      ad: 'Advertisement',
      referral: 'Partner Referral',
      import: 'Purchased List',
      other: 'Other',
    },
    statusLabels: {
      new: 'Open - Not Contacted',
      contacted: 'Working - Contacted',
      qualified: 'Working - Contacted',
      disqualified: 'Closed - Not Converted',
      converted: 'Closed - Converted',
    },
    ratingLabels: englishRatings,
  },
  // HubSpot contacts export ("Export view") column labels.
  hubspot: {
    id: 'hubspot',
    columns: [
      { header: 'First Name', target: 'firstName' },
      { header: 'Last Name', target: 'lastName' },
      { header: 'Email', target: 'email' },
      { header: 'Phone Number', target: 'phone' },
      { header: 'Mobile Phone Number', target: 'mobile' },
      { header: 'Company Name', target: 'company' },
      { header: 'Job Title', target: 'title' },
      { header: 'Lead Status', target: 'status' },
      { header: 'Industry', target: 'industry' },
      { header: 'Country/Region', target: 'country' },
      { header: 'Original Source', target: 'source' },
      { header: 'Notes', target: 'notes' },
    ],
    sourceLabels: {
      trade_show: 'OFFLINE',
      website: 'ORGANIC_SEARCH',
      social: 'SOCIAL_MEDIA',
      ad: 'PAID_SEARCH',
      referral: 'REFERRALS',
      import: 'OFFLINE',
      other: 'OTHER_CAMPAIGNS',
    },
    statusLabels: {
      new: 'NEW',
      contacted: 'IN_PROGRESS',
      qualified: 'OPEN_DEAL',
      disqualified: 'UNQUALIFIED',
      // HubSpot has no converted lead status; the deal is where it continues.
      converted: 'OPEN_DEAL',
    },
    ratingLabels: englishRatings,
  },
  // What a lead list from Chinese Excel / WPS usually looks like.
  excelZh: {
    id: 'excelZh',
    columns: [
      { header: '姓名', target: 'fullName' },
      { header: '公司', target: 'company' },
      { header: '职位', target: 'title' },
      { header: '手机', target: 'phone' },
      { header: '邮箱', target: 'email' },
      { header: '来源', target: 'source' },
      { header: '状态', target: 'status' },
      { header: '评级', target: 'rating' },
      { header: '行业', target: 'industry' },
      { header: '国家', target: 'country' },
      { header: '备注', target: 'notes' },
    ],
    sourceLabels: {
      trade_show: '展会',
      website: '官网',
      social: '社交媒体',
      ad: '广告',
      referral: '转介绍',
      import: '导入',
      other: '其他',
    },
    statusLabels: {
      new: '新建',
      contacted: '已联系',
      qualified: '已确认',
      disqualified: '无效',
      converted: '已转化',
    },
    ratingLabels: { hot: '热', warm: '温', cold: '冷' },
  },
  // Fieldbook's own column set: field names and stored values, for lossless round trips.
  fieldbook: {
    id: 'fieldbook',
    columns: [
      { header: 'firstName', target: 'firstName' },
      { header: 'lastName', target: 'lastName' },
      { header: 'company', target: 'company' },
      { header: 'title', target: 'title' },
      { header: 'email', target: 'email' },
      { header: 'phone', target: 'phone' },
      { header: 'source', target: 'source' },
      { header: 'status', target: 'status' },
      { header: 'rating', target: 'rating' },
      { header: 'industry', target: 'industry' },
      { header: 'country', target: 'country' },
      { header: 'notes', target: 'notes' },
    ],
    sourceLabels: {
      trade_show: 'trade_show',
      website: 'website',
      social: 'social',
      ad: 'ad',
      referral: 'referral',
      import: 'import',
      other: 'other',
    },
    statusLabels: {
      new: 'new',
      contacted: 'contacted',
      qualified: 'qualified',
      disqualified: 'disqualified',
      converted: 'converted',
    },
    ratingLabels: { hot: 'hot', warm: 'warm', cold: 'cold' },
  },
};

/** A preset's columns as a mapping, for the import step. */
export function presetMapping(id: LeadCsvPresetId): LeadCsvMapping {
  return {
    columns: Object.fromEntries(leadCsvPresets[id].columns.map((c) => [c.header, c.target])),
  };
}
