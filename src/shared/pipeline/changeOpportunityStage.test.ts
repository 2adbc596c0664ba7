import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../domain/exampleRecords.ts';
import { type Opportunity, opportunitySchema } from '../domain/opportunity.ts';
import { changeOpportunityStage } from './changeOpportunityStage.ts';

const now = '2026-04-01T08:00:00.000Z';
const later = '2026-04-09T08:00:00.000Z';
const deal: Opportunity = { ...exampleRecords.opportunities, stage: 'proposal', probability: 55 };
const rep = { id: 'user-wang-li', role: 'rep' as const };
const manager = { id: 'user-zhang-wei', role: 'manager' as const };

describe('changeOpportunityStage', () => {
  it('moves the deal, resets the probability and records who, when, from and to', () => {
    const moved = changeOpportunityStage({ opportunity: deal, to: 'negotiation', actor: rep, now });
    expect(moved).toMatchObject({
      stage: 'negotiation',
      probability: 75,
      updatedAt: now,
      stageHistory: [{ from: 'proposal', to: 'negotiation', at: now, by: rep.id }],
    });
    expect(opportunitySchema.parse(moved)).toEqual(moved);
    const back = changeOpportunityStage({
      opportunity: moved,
      to: 'proposal',
      actor: rep,
      now: later,
    });
    expect(back.stageHistory).toEqual([
      { from: 'proposal', to: 'negotiation', at: now, by: rep.id },
      { from: 'negotiation', to: 'proposal', at: later, by: rep.id },
    ]);
  });

  it('uses the probability from the opportunityStages setting', () => {
    const moved = changeOpportunityStage({
      opportunity: deal,
      to: 'negotiation',
      actor: rep,
      now,
      stages: {
        kind: 'opportunityStages',
        stages: [
          { stage: 'negotiation', label: { zh: '谈判', en: 'Negotiation' }, probability: 80 },
        ],
      },
    });
    expect(moved.probability).toBe(80);
  });

  it('closes as won with the close time and 100 %', () => {
    const won = changeOpportunityStage({ opportunity: deal, to: 'closed_won', actor: rep, now });
    expect(won).toMatchObject({ stage: 'closed_won', probability: 100, closedAt: now });
    expect(won.lostReason).toBeUndefined();
  });

  it('needs a loss reason to close as lost, and keeps it', () => {
    expect(() =>
      changeOpportunityStage({ opportunity: deal, to: 'closed_lost', actor: rep, now }),
    ).toThrow(expect.objectContaining({ code: 'reasonRequired' }));
    expect(() =>
      changeOpportunityStage({
        opportunity: deal,
        to: 'closed_lost',
        actor: rep,
        now,
        reason: '  ',
      }),
    ).toThrow(expect.objectContaining({ code: 'reasonRequired' }));
    const lost = changeOpportunityStage({
      opportunity: deal,
      to: 'closed_lost',
      actor: rep,
      now,
      reason: ' 价格太高 ',
    });
    expect(lost).toMatchObject({
      stage: 'closed_lost',
      probability: 0,
      closedAt: now,
      lostReason: '价格太高',
      stageHistory: [
        { from: 'proposal', to: 'closed_lost', at: now, by: rep.id, reason: '价格太高' },
      ],
    });
  });

  it('lets only a manager reopen, with a reason, and clears the close', () => {
    const lost = changeOpportunityStage({
      opportunity: deal,
      to: 'closed_lost',
      actor: rep,
      now,
      reason: 'Budget cut',
    });
    expect(() =>
      changeOpportunityStage({
        opportunity: lost,
        to: 'proposal',
        actor: rep,
        now: later,
        reason: 'Back',
      }),
    ).toThrow(expect.objectContaining({ code: 'roleNotAllowed' }));
    const reopened = changeOpportunityStage({
      opportunity: lost,
      to: 'proposal',
      actor: manager,
      now: later,
      reason: 'Budget back',
    });
    expect(reopened).toMatchObject({ stage: 'proposal', probability: 50 });
    expect(reopened.closedAt).toBeUndefined();
    expect(reopened.lostReason).toBeUndefined();
    expect(reopened.stageHistory?.at(-1)).toEqual({
      from: 'closed_lost',
      to: 'proposal',
      at: later,
      by: manager.id,
      reason: 'Budget back',
    });
  });

  it('refuses a move to the same stage', () => {
    expect(() =>
      changeOpportunityStage({ opportunity: deal, to: 'proposal', actor: rep, now }),
    ).toThrow(expect.objectContaining({ code: 'forbiddenTransition' }));
  });
});
