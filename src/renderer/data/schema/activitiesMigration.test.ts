import { afterEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../../shared/domain/activity.ts';
import { exampleRecords } from '../../../shared/domain/exampleRecords.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { freshDatabaseName, openTestData } from '../testing/openTestData.ts';
import { migrationStrategies } from './migrationStrategies.ts';
import { rxSchemas } from './rxSchemas.ts';

const current = { schema: rxSchemas.activities, strategies: migrationStrategies.activities };
let data: FieldbookData | undefined;

afterEach(async () => {
  rxSchemas.activities = current.schema;
  migrationStrategies.activities = current.strategies;
  await data?.close();
  data = undefined;
});

// The schema a device stored its timeline under before generated tasks kept their wording.
function versionZero() {
  const { generatedSubject: _generated, ...properties } = current.schema.properties as Record<
    string,
    unknown
  >;
  return { ...current.schema, version: 0, properties };
}

describe('activities schema migration (version 0 → 1, generated subjects)', () => {
  it('opens a timeline stored before, its tasks intact, and takes tasks worded per reader', async () => {
    const name = freshDatabaseName();
    const task: Activity = {
      ...exampleRecords.activities,
      type: 'task',
      subject: '商谈合同 C-2026-0007 续约（2027年3月1日 到期）',
      dueAt: '2026-12-31T00:00:00.000Z',
      done: false,
    };
    rxSchemas.activities = versionZero();
    migrationStrategies.activities = {};
    const before = await openTestData({ name, collections: ['leads', 'activities'] });
    await before.db.collections.activities?.insert(task);
    await before.close();

    rxSchemas.activities = current.schema;
    migrationStrategies.activities = current.strategies;
    data = await openTestData({ name, collections: ['leads', 'activities'] });
    const activities = data.db.collections.activities;
    if (!activities) throw new Error('the activities collection did not open');
    const migrated = (await activities.findOne(task.id).exec())?.toJSON();
    expect(migrated).toMatchObject(task);

    const renewal = {
      ...task,
      id: '0195a3c2-7f00-7000-8000-0000000000a9',
      generatedSubject: {
        kind: 'contractRenewal' as const,
        params: { contractNumber: 'C-2026-0008', endsOn: '2027-03-01' },
      },
    };
    await activities.insert(renewal);
    expect((await activities.findOne(renewal.id).exec())?.toJSON()).toMatchObject(renewal);
  });
});
