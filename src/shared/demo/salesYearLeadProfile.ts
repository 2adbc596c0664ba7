import type { Activity } from '../domain/activity.ts';
import type { Lead, LeadRating, LeadStatus, PurchaseTimeline } from '../domain/lead.ts';
import { defaultScoringRules } from '../scoring/defaultScoringRules.ts';
import { createLeadScorer, rateScore } from '../scoring/scoreLead.ts';
import { chineseMailbox } from './demoNames.ts';
import { dayMs } from './salesYearFulfilment.ts';
import { cities, industries, tradeFirst, tradeSecond } from './salesYearVocabulary.ts';
import type { SeededRandom } from './seededRandom.ts';

// How promising a lead looked, by where it ended up: converted and qualified leads were the
// well-fitting ones, disqualified ones mostly were not.
const qualityRange: Record<LeadStatus, readonly [number, number]> = {
  converted: [0.55, 1],
  qualified: [0.5, 1],
  contacted: [0.2, 0.8],
  new: [0.05, 0.75],
  disqualified: [0, 0.35],
};

const fitIndustries = ['制造', '物流', '零售', '批发'];
const otherIndustries = ['医疗器械', '教育', '咨询'];

/** What a rep learned about a lead: the BANT fields the scoring rules read, and how to reach them. */
export type DemoLeadProfile = Pick<
  Lead,
  | 'email'
  | 'phone'
  | 'companySize'
  | 'budget'
  | 'purchaseTimeline'
  | 'industry'
  | 'disqualifyReason'
>;

const disqualifyReasons = [
  '暂无预算',
  '不是目标客户',
  '多次联系不上',
  '已选用竞品',
  '只是来收集资料',
];

/**
 * A demo lead's contact details and qualification fields, better the further the lead went
 * (see qualityRange), so that scores, ratings and statuses tell one story.
 */
export function profileDemoLead({
  random,
  status,
  person,
  serial,
}: {
  random: SeededRandom;
  status: LeadStatus;
  person: { chinese: boolean; firstName: string; lastName: string };
  /** Makes the mailbox unique among people of the same name. */
  serial: number;
}): DemoLeadProfile {
  const [low, high] = qualityRange[status];
  const quality = low + random.next() * (high - low);
  const known = (p: number) => random.chance(p);
  const companySize =
    quality > 0.6
      ? random.pick([80, 150, 300, 600, 1200, 3000])
      : quality > 0.3
        ? random.pick([20, 60, 120, 250])
        : random.pick([3, 5, 8, 30]);
  const budgetYuan =
    quality > 0.65
      ? random.pick([120_000, 200_000, 350_000, 500_000])
      : random.pick([20_000, 50_000, 80_000]);
  const purchaseTimeline: PurchaseTimeline =
    quality > 0.75
      ? random.pick(['immediate', 'within_3_months'] as const)
      : quality > 0.5
        ? random.pick(['within_3_months', 'within_6_months'] as const)
        : quality > 0.25
          ? random.pick(['within_6_months', 'within_12_months'] as const)
          : random.pick(['within_12_months', 'over_12_months', 'unknown'] as const);
  const mailbox = person.chinese
    ? chineseMailbox(person.lastName, person.firstName)
    : `${person.firstName}.${person.lastName}`.toLowerCase();
  const budget = known(quality) ? { amount: budgetYuan * 100, currency: 'CNY' } : undefined;
  // A lead whose budget the rep knows was not turned down for having none.
  const reasons = budget ? disqualifyReasons.slice(1) : disqualifyReasons;
  return {
    email: `${mailbox}${serial}@example.${person.chinese ? 'cn' : 'com'}`,
    phone: known(0.4 + quality * 0.5)
      ? person.chinese
        ? `+86 1${random.int(30, 89)} ${random.int(1000, 9999)} ${random.int(1000, 9999)}`
        : `+49 ${random.int(30, 89)} ${random.int(1_000_000, 9_999_999)}`
      : '',
    // The further a conversation went, the more the rep found out.
    ...(known(0.3 + quality * 0.6) ? { companySize } : {}),
    ...(budget ? { budget } : {}),
    ...(known(0.2 + quality * 0.7) ? { purchaseTimeline } : {}),
    ...(known(0.6)
      ? { industry: random.pick(quality > 0.3 ? fitIndustries : otherIndustries) }
      : {}),
    ...(status === 'disqualified' ? { disqualifyReason: random.pick(reasons) } : {}),
  };
}

const score = createLeadScorer(defaultScoringRules);

/**
 * The rating a rep gave on the day of capture: that day's score band, one band off now and then,
 * as a person's judgement is.
 */
export function rateDemoLead({
  random,
  lead,
  activities,
}: {
  random: SeededRandom;
  lead: Lead;
  activities: readonly Activity[];
}): LeadRating {
  const captureDay = new Date(Date.parse(lead.createdAt) + dayMs).toISOString();
  const band = rateScore(score({ lead, activities, now: captureDay }).score, defaultScoringRules);
  const bands: readonly LeadRating[] = ['cold', 'warm', 'hot'];
  const index = bands.indexOf(band);
  if (!random.chance(0.15)) return band;
  return bands[Math.max(0, Math.min(2, index + (random.chance(0.5) ? 1 : -1)))] ?? band;
}

/** Stores each lead's score as the app computes it at `now` from all its activities (lists sort by it). */
export function scoreDemoLeads(leads: Lead[], activities: readonly Activity[], now: string): void {
  const byLead = new Map<string, Activity[]>();
  for (const activity of activities) {
    if (activity.related.collection !== 'leads') continue;
    const list = byLead.get(activity.related.id) ?? [];
    list.push(activity);
    byLead.set(activity.related.id, list);
  }
  for (const lead of leads) {
    lead.score = score({ lead, activities: byLead.get(lead.id) ?? [], now }).score;
  }
}

/**
 * Names the year's lead companies: many leads may work at one company, but no two accounts share
 * a name (a CRM merges those), so `companyName(true)` never repeats an account's.
 */
export function companyNamer(random: SeededRandom): (forAccount: boolean) => string {
  const accountNames = new Set<string>();
  return (forAccount) => {
    for (let attempt = 0; ; attempt += 1) {
      const trade = `${random.pick(tradeFirst)}${random.pick(tradeSecond)}`;
      const name = `${random.pick(cities)}${trade}${random.pick(industries)}有限公司`;
      // 8 cities × 225 trade names × 6 industries: a clash is rare, and a branch office ends it.
      const unique = attempt < 50 ? name : `${name}第${attempt}分公司`;
      if (!forAccount || !accountNames.has(unique)) {
        if (forAccount) accountNames.add(unique);
        return unique;
      }
    }
  };
}
