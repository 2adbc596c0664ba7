import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../../shared/domain/activity.ts';
import { boothLeadDraft } from '../../../shared/intake/boothLeadDraft.ts';
import { createLeadCommands } from '../leads/leadCommands.ts';
import { fromLeadDoc } from '../leads/leadDocument.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { collectionOf, plainRecord } from '../records/recordStore.ts';
import { openTestData, steppingClock } from '../testing/openTestData.ts';
import { createBoothCommands } from './boothCommands.ts';
import { createEventCommands, type EventInput } from './eventCommands.ts';

let data: FieldbookData;
const clock = steppingClock('2026-03-02T02:00:00.000Z');
const manager = { id: 'mgr-1', role: 'manager' as const };
const rep = { id: 'rep-1', role: 'rep' as const };

beforeEach(async () => {
  data = await openTestData({ collections: ['leads', 'events', 'activities'] });
});
afterEach(async () => {
  await data.close();
});

const input: EventInput = {
  name: 'CeMAT Asia 2026',
  kind: 'trade_show',
  venue: 'SNIEC N3',
  startsOn: '2026-03-01',
  endsOn: '2026-03-04',
  cost: { amount: 15_000_000, currency: 'CNY' },
  qualificationQuestions: [
    {
      id: 'q-budget',
      type: 'single',
      prompt: 'Budget?',
      required: true,
      options: [
        { id: 'low', label: '< 100k' },
        { id: 'high', label: '≥ 100k' },
      ],
    },
  ],
  notes: '',
  consent: { version: 'v1', textEn: 'You may contact me.', textZh: '同意联系我。' },
};

describe('event commands', () => {
  it('lets managers create and edit events; reps may not', async () => {
    const events = createEventCommands({ data, clock, user: manager });
    const created = await events.createEvent(input);
    expect(created).toMatchObject({ name: 'CeMAT Asia 2026', ownerId: 'mgr-1' });
    const updated = await events.updateEvent(created.id, {
      consent: { version: 'v2', textEn: 'New text', textZh: '新文本' },
    });
    expect(updated.consent?.version).toBe('v2');
    const stored = await collectionOf(data, 'events').findOne(created.id).exec();
    expect(stored?.consent?.version).toBe('v2');

    await expect(
      createEventCommands({ data, clock, user: rep }).createEvent(input),
    ).rejects.toMatchObject({ code: 'roleNotAllowed' });
  });

  it('refuses dates out of order and a choice question without two options, writing nothing', async () => {
    const events = createEventCommands({ data, clock, user: manager });
    await expect(events.createEvent({ ...input, endsOn: '2026-02-01' })).rejects.toMatchObject({
      code: 'invalidDateRange',
    });
    await expect(
      events.createEvent({
        ...input,
        qualificationQuestions: [
          { id: 'q', type: 'single', prompt: 'Pick', required: false, options: [] },
        ],
      }),
    ).rejects.toMatchObject({ issues: [{ field: 'qualificationQuestions.0.options' }] });
    expect(await collectionOf(data, 'events').count().exec()).toBe(0);
  });
});

describe('booth commands', () => {
  it('saves a lead tagged with the event, answers and consent, and a second visit as a second touch', async () => {
    const event = await createEventCommands({ data, clock, user: manager }).createEvent(input);
    const booth = createBoothCommands({ data, clock, user: rep });
    const draft = boothLeadDraft({
      event,
      contact: { lastName: '王', firstName: '丽', phone: '13812345678' },
      answers: [{ questionId: 'q-budget', optionIds: ['high'] }],
      rating: 'hot',
      consentGiven: true,
      language: 'zh',
      now: clock().toISOString(),
    });
    const lead = await booth.captureLead(draft, { subject: 'Booth visit: CeMAT', body: 'AGV' });
    const stored = fromLeadDoc((await data.leads.findOne(lead.id).exec())?._data ?? {});
    expect(stored).toMatchObject({
      eventId: event.id,
      source: 'trade_show',
      rating: 'hot',
      answers: [{ questionId: 'q-budget', optionIds: ['high'] }],
      consent: { given: true, text: '同意联系我。', version: 'v1' },
    });
    expect(stored.consent.at).toMatch(/^2026-03-02T/);

    await booth.addTouch(lead.id, { subject: 'Booth visit: CeMAT', body: 'Came back' });
    const visits = await collectionOf(data, 'activities')
      .find({ selector: { 'related.id': lead.id } })
      .exec();
    expect(visits.map((doc) => plainRecord<Activity>(doc._data).body).sort()).toEqual([
      'AGV',
      'Came back',
    ]);
    expect(await data.leads.count().exec()).toBe(1);
    // The lead commands keep the answers on later edits.
    const edited = await createLeadCommands({ data, clock, user: rep }).updateLead(lead.id, {
      title: '采购总监',
    });
    expect(edited.answers).toEqual([{ questionId: 'q-budget', optionIds: ['high'] }]);
  });
});
