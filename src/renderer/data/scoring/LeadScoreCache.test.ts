import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Lead } from '../../../shared/domain/lead.ts';
import { newId } from '../../../shared/ids/newId.ts';
import { defaultScoringRules } from '../../../shared/scoring/defaultScoringRules.ts';
import { scoreLead } from '../../../shared/scoring/scoreLead.ts';
import { createActivityCommands } from '../activities/activityCommands.ts';
import { createLeadCommands } from '../leads/leadCommands.ts';
import { toLeadDoc } from '../leads/leadDocument.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { leadMirror } from '../records/sharedMirrors.ts';
import { openTestData, steppingClock } from '../testing/openTestData.ts';
import { LeadScoreCache } from './LeadScoreCache.ts';
import { saveScoringRules } from './saveScoringRules.ts';

let data: FieldbookData;
let cache: LeadScoreCache | undefined;
const clock = steppingClock('2026-03-02T01:30:00.000Z');
const rep = { id: 'rep-1', role: 'rep' } as const;
const manager = { id: 'boss-1', role: 'manager' } as const;

beforeEach(async () => {
  data = await openTestData({ collections: ['leads', 'activities', 'settings'] });
});
afterEach(async () => {
  cache?.stop();
  cache = undefined;
  await data.close();
});

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

describe('LeadScoreCache', () => {
  it('scores every local lead, then rescores one when it or its activities change', async () => {
    const leads = createLeadCommands({ data, clock, user: rep });
    const lead = await leads.createLead({
      lastName: '王',
      company: '星辰科技',
      title: '总经理',
      phone: '138 0013 8000',
      source: 'trade_show',
    });
    cache = new LeadScoreCache(data, clock);
    await cache.start();
    const first = cache.scoreOf(lead.id);
    // Exactly what the shared rule says (fit rules alone do not depend on the time).
    expect(first).toEqual(
      scoreLead({ rules: defaultScoringRules, lead, now: '2026-03-02T02:00:00.000Z' }),
    );
    expect(first?.reasons.map((reason) => reason.ruleId)).toContain('title-decision-maker');

    await createActivityCommands({ data, clock, user: rep }).logActivity({
      type: 'visit',
      subject: 'Factory visit',
      related: { collection: 'leads', id: lead.id },
    });
    const before = first?.score ?? 0;
    await until(() => (cache?.scoreOf(lead.id)?.score ?? 0) > before);
    const visited = cache.scoreOf(lead.id);
    expect(visited?.reasons.find((reason) => reason.ruleId === 'visits')).toMatchObject({
      kind: 'engagement',
      count: 1,
      points: 12,
    });

    await leads.updateLead(lead.id, { title: '' });
    await until(
      () =>
        !cache
          ?.scoreOf(lead.id)
          ?.reasons.some((r) => r.kind === 'fit' && r.ruleId.startsWith('title')),
    );
    await leads.deleteLead(lead.id);
    await until(() => cache?.scoreOf(lead.id) === undefined);
  });

  it('rescores all leads when a manager saves new rules; a rep may not', async () => {
    const leads = createLeadCommands({ data, clock, user: rep });
    const lead = await leads.createLead({ company: 'Acme', phone: '+49 30 1234567' });
    cache = new LeadScoreCache(data, clock);
    await cache.start();
    expect(cache.scoreOf(lead.id)?.score).toBe(3);

    const rules = {
      ...defaultScoringRules,
      rules: defaultScoringRules.rules.map((rule) =>
        rule.id === 'has-phone' ? { ...rule, points: 50 } : rule,
      ),
    };
    await expect(saveScoringRules({ data, clock, user: rep }, rules)).rejects.toMatchObject({
      code: 'roleNotAllowed',
    });
    await saveScoringRules({ data, clock, user: manager }, rules);
    await until(() => cache?.scoreOf(lead.id)?.score === 50);
    expect(cache.currentRules.rules.find((rule) => rule.id === 'has-phone')?.points).toBe(50);
    await expect(
      saveScoringRules({ data, clock, user: manager }, { ...rules, warmFrom: 90, hotFrom: 80 }),
    ).rejects.toMatchObject({ code: 'invalidScoringRule' });
  });

  it('measures rescoring 50,000 leads after a rule change', async () => {
    cache = new LeadScoreCache(data, clock);
    await cache.start();
    const mirror = leadMirror(data);
    const titles = ['总经理', 'Purchasing manager', 'Engineer', '采购', 'CEO'];
    for (let i = 0; i < 50_000; i += 1) {
      const at = new Date(Date.parse('2026-01-01T00:00:00.000Z') + i * 1000).toISOString();
      const lead: Lead = {
        id: newId(Date.parse(at)),
        ownerId: 'rep-1',
        createdAt: at,
        updatedAt: at,
        firstName: `F${i}`,
        lastName: `L${i}`,
        company: `Company ${i % 5000}`,
        title: titles[i % titles.length] ?? '',
        email: i % 3 === 0 ? `x${i}@qq.com` : `x${i}@firm${i}.example`,
        phone: i % 2 === 0 ? '138 0013 8000' : '',
        source: i % 4 === 0 ? 'trade_show' : 'website',
        status: 'new',
        notes: '',
        consent: { given: false },
        companySize: (i * 37) % 2000,
        purchaseTimeline: i % 5 === 0 ? 'within_3_months' : 'unknown',
        industry: i % 7 === 0 ? 'Manufacturing' : 'Services',
      };
      mirror.docs.set(lead.id, toLeadDoc(lead));
    }
    const ms = cache.setRules({ ...defaultScoringRules, hotFrom: 60 });
    console.info(
      `rescored 50,000 leads after a rule change in ${ms.toFixed(0)} ms (happy-dom/Node)`,
    );
    expect(cache.size).toBe(50_000);
    expect(ms).toBeLessThan(10_000);
  });
});
