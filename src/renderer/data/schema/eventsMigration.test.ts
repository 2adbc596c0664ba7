import { afterEach, describe, expect, it } from 'vitest';
import type { FieldEvent } from '../../../shared/domain/event.ts';
import { exampleRecords } from '../../../shared/domain/exampleRecords.ts';
import type { Setting } from '../../../shared/domain/setting.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { freshDatabaseName, openTestData } from '../testing/openTestData.ts';
import { migrationStrategies } from './migrationStrategies.ts';
import { rxSchemas } from './rxSchemas.ts';

const current = {
  events: { schema: rxSchemas.events, strategies: migrationStrategies.events },
  settings: { schema: rxSchemas.settings, strategies: migrationStrategies.settings },
};
let data: FieldbookData | undefined;

afterEach(async () => {
  rxSchemas.events = current.events.schema;
  migrationStrategies.events = current.events.strategies;
  rxSchemas.settings = current.settings.schema;
  migrationStrategies.settings = current.settings.strategies;
  await data?.close();
  data = undefined;
});

// The schema a device stored under before questions could fill lead fields: without `fills`
// on a question and the values beside its options, wherever questions appear in the schema.
function withoutFills(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutFills);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      const properties = { ...(value as Record<string, unknown>) };
      const isOption = 'label' in properties && 'budget' in properties;
      if ('fills' in properties) delete properties.fills;
      if (isOption) {
        delete properties.budget;
        delete properties.companySize;
        delete properties.purchaseTimeline;
      }
      out[key] = withoutFills(properties);
    } else {
      out[key] = withoutFills(value);
    }
  }
  return out;
}

describe('events and settings schema migration (version 0 → 1, answers that fill the lead)', () => {
  it('opens events and question templates stored before, unchanged, and takes filling questions', async () => {
    const name = freshDatabaseName();
    const before: FieldEvent = {
      ...exampleRecords.events,
      qualificationQuestions: [
        {
          id: 'q-budget',
          type: 'single',
          prompt: 'Budget this year?',
          required: true,
          options: [
            { id: 'lt100k', label: '< 100k' },
            { id: 'gte100k', label: '≥ 100k' },
          ],
        },
      ],
    };
    const templates: Setting = {
      ...exampleRecords.settings,
      id: '0195a3c2-7f00-7000-8000-0000000000e1',
      key: 'eventQuestionTemplates',
      value: {
        kind: 'eventQuestionTemplates',
        templates: [{ id: 'b2b', name: 'Standard B2B', questions: before.qualificationQuestions }],
      },
    };
    rxSchemas.events = {
      ...(withoutFills(current.events.schema) as typeof current.events.schema),
      version: 0,
    };
    rxSchemas.settings = {
      ...(withoutFills(current.settings.schema) as typeof current.settings.schema),
      version: 0,
    };
    migrationStrategies.events = {};
    migrationStrategies.settings = {};
    expect(JSON.stringify(rxSchemas.events)).not.toContain('"fills"');
    const old = await openTestData({ name, collections: ['leads', 'events', 'settings'] });
    await old.db.collections.events?.insert(before);
    await old.db.collections.settings?.insert(templates);
    await old.close();

    rxSchemas.events = current.events.schema;
    migrationStrategies.events = current.events.strategies;
    rxSchemas.settings = current.settings.schema;
    migrationStrategies.settings = current.settings.strategies;
    data = await openTestData({ name, collections: ['leads', 'events', 'settings'] });
    const events = data.db.collections.events;
    if (!events) throw new Error('the events collection did not open');
    expect((await events.findOne(before.id).exec())?.toJSON()).toMatchObject(before);
    expect(
      (await data.db.collections.settings?.findOne(templates.id).exec())?.toJSON(),
    ).toMatchObject(templates);

    // The migrated collection takes a question that fills the lead's budget.
    const doc = await events.findOne(before.id).exec();
    await doc?.incrementalPatch({
      qualificationQuestions: [
        {
          ...(before.qualificationQuestions[0] as FieldEvent['qualificationQuestions'][number]),
          fills: 'budget',
          options: [
            { id: 'lt100k', label: '< 100k', budget: { amount: 5_000_000, currency: 'CNY' } },
            { id: 'gte100k', label: '≥ 100k', budget: { amount: 10_000_000, currency: 'CNY' } },
          ],
        },
      ],
    });
    const stored = (await events.findOne(before.id).exec())?.toJSON() as FieldEvent | undefined;
    expect(stored?.qualificationQuestions[0]?.fills).toBe('budget');
    expect(stored?.qualificationQuestions[0]?.options[1]?.budget?.amount).toBe(10_000_000);
  });
});
