import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadAnalyticsMirrors } from '../../src/renderer/data/analytics/analyticsMirrors.ts';
import { applyAutomationRules } from '../../src/renderer/data/automation/automationRunner.ts';
import { automatedTaskId } from '../../src/shared/automation/automatedTasks.ts';
import { type Device, openDevice, startSyncServer, testClock } from './replicationDevices.ts';

type Env = Awaited<ReturnType<typeof startSyncServer>>;

let env: Env;
let devices: Device[] = [];
const clock = testClock('2026-11-20T09:00:00.000Z');

beforeEach(async () => {
  env = await startSyncServer();
});

afterEach(async () => {
  for (const opened of devices) await opened.close();
  devices = [];
  await env.server.close();
});

async function repDevice() {
  const device = await openDevice({
    baseUrl: env.baseUrl,
    member: env.people.rep1,
    clock,
    collections: ['leads', 'activities'],
  });
  devices.push(device);
  return device;
}

function runRules(device: Device) {
  return applyAutomationRules(
    { data: device.data, clock, user: { id: env.people.rep1.id, role: 'rep' } },
    (task) => `Follow up: ${task.params.name ?? task.key}`,
  );
}

async function tasksOn(device: Device, leadId: string) {
  const activities = device.data.db.collections.activities;
  const docs = await activities?.find({ selector: { 'related.id': leadId } }).exec();
  return docs ?? [];
}

describe('automation rules across devices', { timeout: 60_000 }, () => {
  it('two offline devices of one rep make the same follow-up task, and sync keeps exactly one', async () => {
    const laptop = await repDevice();
    const phone = await repDevice();
    const lead = await laptop.commands.createLead({
      lastName: '王',
      firstName: '丽',
      company: '华东贸易',
      email: 'wang.li@huadong.cn',
      rating: 'hot',
    });
    await laptop.awaitInSync();
    await expect
      .poll(async () => (await phone.lead(lead.id))?.rating, { timeout: 10_000 })
      .toBe('hot');

    laptop.connectivity.setOnline(false);
    phone.connectivity.setOnline(false);
    await Promise.all([loadAnalyticsMirrors(laptop.data), loadAnalyticsMirrors(phone.data)]);
    const [fromLaptop, fromPhone] = [await runRules(laptop), await runRules(phone)];
    const taskId = automatedTaskId('hot-lead-1h', `lead:${lead.id}`);
    expect(fromLaptop.map((task) => task.id)).toEqual([taskId]);
    expect(fromPhone.map((task) => task.id)).toEqual([taskId]);
    expect(fromLaptop[0]?.automation).toEqual({
      ruleId: 'hot-lead-1h',
      ruleName: 'Hot lead: follow up within 1 hour',
      key: `lead:${lead.id}`,
    });

    laptop.connectivity.setOnline(true);
    phone.connectivity.setOnline(true);
    await laptop.awaitInSync();
    await phone.awaitInSync();
    const onServer = await env.server.store.getDocuments('activities', [taskId]);
    expect(onServer).toHaveLength(1);
    await expect.poll(async () => (await tasksOn(laptop, lead.id)).length).toBe(1);
    await expect.poll(async () => (await tasksOn(phone, lead.id)).length).toBe(1);

    // Running again, on either device, makes nothing new.
    expect(await runRules(laptop)).toEqual([]);
    expect(await runRules(phone)).toEqual([]);
  });

  it('never brings back a task the rep deleted, also after it synced to the other device', async () => {
    const laptop = await repDevice();
    const phone = await repDevice();
    const lead = await laptop.commands.createLead({
      lastName: 'Becker',
      firstName: 'Jonas',
      company: 'Becker GmbH',
      email: 'jonas@becker.de',
      rating: 'hot',
    });
    await loadAnalyticsMirrors(laptop.data);
    const [task] = await runRules(laptop);
    if (!task) throw new Error('no task made');
    await laptop.awaitInSync();
    await expect
      .poll(async () => (await tasksOn(phone, lead.id)).length, { timeout: 10_000 })
      .toBe(1);

    const [onPhone] = await tasksOn(phone, lead.id);
    await onPhone?.remove();
    await phone.awaitInSync();
    await expect
      .poll(async () => (await tasksOn(laptop, lead.id)).length, { timeout: 10_000 })
      .toBe(0);
    await loadAnalyticsMirrors(phone.data);
    expect(await runRules(laptop)).toEqual([]);
    expect(await runRules(phone)).toEqual([]);
  });
});
