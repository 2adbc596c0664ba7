import {
  type LeadRating,
  type LeadSource,
  type LeadStatus,
  leadRatings,
  leadSources,
  leadStatuses,
} from '../domain/lead.ts';
import { leadCsvPresets } from './leadCsvPresets.ts';

/** Compares values the way exports vary them: case, spaces, dashes and underscores ignored. */
export function normalizeCsvKey(value: string): string {
  return value
    .replace(/^\uFEFF/u, '')
    .trim()
    .toLowerCase()
    .replace(/[\s\-_]+/gu, '');
}

// Words seen in CRM exports beyond the presets' own labels; explicit entries win over labels.
const sourceAliases: Record<string, LeadSource> = {
  tradeshow: 'trade_show',
  seminarpartner: 'trade_show',
  seminarinternal: 'trade_show',
  exhibition: 'trade_show',
  event: 'trade_show',
  会展: 'trade_show',
  展览会: 'trade_show',
  web: 'website',
  website: 'website',
  organicsearch: 'website',
  directtraffic: 'website',
  网站: 'website',
  socialmedia: 'social',
  social: 'social',
  organicsocial: 'social',
  微信: 'social',
  advertisement: 'ad',
  paidsearch: 'ad',
  paidsocial: 'ad',
  displayads: 'ad',
  referral: 'referral',
  referrals: 'referral',
  partnerreferral: 'referral',
  employeereferral: 'referral',
  externalreferral: 'referral',
  推荐: 'referral',
  purchasedlist: 'import',
  offline: 'import',
  other: 'other',
  othercampaigns: 'other',
  emailmarketing: 'other',
  phoneinquiry: 'other',
};

const statusAliases: Record<string, LeadStatus> = {
  open: 'new',
  attemptedtocontact: 'contacted',
  connected: 'contacted',
  inprogress: 'contacted',
  badtiming: 'disqualified',
  qualified: 'qualified',
  合格: 'qualified',
  不合格: 'disqualified',
};

function lookup<T extends string>(
  ids: readonly T[],
  aliases: Record<string, T>,
  labels: (preset: (typeof leadCsvPresets)[keyof typeof leadCsvPresets]) => Record<T, string>,
): Map<string, T> {
  const table = new Map<string, T>();
  for (const id of ids) table.set(normalizeCsvKey(id), id);
  for (const [alias, id] of Object.entries(aliases)) table.set(normalizeCsvKey(alias), id);
  for (const preset of Object.values(leadCsvPresets)) {
    for (const id of ids) {
      const key = normalizeCsvKey(labels(preset)[id]);
      if (!table.has(key)) table.set(key, id);
    }
  }
  return table;
}

const sources = lookup(leadSources, sourceAliases, (preset) => preset.sourceLabels);
const statuses = lookup(leadStatuses, statusAliases, (preset) => preset.statusLabels);
const ratings = lookup(leadRatings, {}, (preset) => preset.ratingLabels);

/** Reads a lead source from any preset's words (Trade Show, PAID_SEARCH, 展会); undefined if unknown. */
export function parseLeadSource(value: string): LeadSource | undefined {
  return sources.get(normalizeCsvKey(value));
}

/** Reads a lead status from any preset's words (Working - Contacted, UNQUALIFIED, 已联系). */
export function parseLeadStatus(value: string): LeadStatus | undefined {
  return statuses.get(normalizeCsvKey(value));
}

/** Reads a rating (Hot, warm, 冷). */
export function parseLeadRating(value: string): LeadRating | undefined {
  return ratings.get(normalizeCsvKey(value));
}
