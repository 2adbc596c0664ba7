import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadAnalyticsMirrors } from '../../src/renderer/data/analytics/analyticsMirrors.ts';
import {
  applyAutomationRules,
  startAutomation,
} from '../../src/renderer/data/automation/automationRunner.ts';
import {
  createHotLeadTasks,
  followUpTaskId,
} from '../../src/renderer/data/import/followUpCommands.ts';
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

/** The rep finishes the laptop's task (offline); the phone's copy is made a minute later. */
async function finishOnLaptop(laptop: Device, leadId: string) {
  clock.advance(30);
  const [onLaptop] = await tasksOn(laptop, leadId);
  await onLaptop?.incrementalPatch({ done: true, updatedAt: clock().toISOString() });
  clock.advance(60);
}

/** The laptop comes back online and syncs first, then the phone. */
async function reconnectLaptopFirst(laptop: Device, phone: Device) {
  laptop.connectivity.setOnline(true);
  await laptop.awaitInSync();
  phone.connectivity.setOnline(true);
  await phone.awaitInSync();
  await laptop.awaitInSync();
}

/** Each device holds the one task, done, and has nothing for the rep to sort out. */
async function expectOneDoneTaskAndNothingToSortOut(devices: Device[], leadId: string) {
  for (const device of devices) {
    await expect
      .poll(async () => (await tasksOn(device, leadId)).map((doc) => doc.done))
      .toEqual([true]);
    // No conflict, no refused change.
    expect(await device.data.sync.store.listConflicts()).toEqual([]);
    expect(await device.data.sync.store.listIssues()).toEqual([]);
  }
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
    const fromLaptop = await runRules(laptop);
    await finishOnLaptop(laptop, lead.id);
    const fromPhone = await runRules(phone);
    const taskId = automatedTaskId('hot-lead-1h', `lead:${lead.id}`);
    expect(fromLaptop.map((task) => task.id)).toEqual([taskId]);
    expect(fromPhone.map((task) => task.id)).toEqual([taskId]);
    expect(fromLaptop[0]?.automation).toEqual({
      ruleId: 'hot-lead-1h',
      ruleName: 'Hot lead: follow up within 1 hour',
      key: `lead:${lead.id}`,
    });
    // What the task says is kept as kind and values, so a reader in another language reads it.
    expect(fromLaptop[0]?.generatedSubject).toEqual({
      kind: 'leadBecameHot',
      params: { name: '王丽' },
    });

    await reconnectLaptopFirst(laptop, phone);
    const onServer = await env.server.store.getDocuments('activities', [taskId]);
    expect(onServer).toHaveLength(1);
    // The one task is the laptop's, still done, made when the laptop made it.
    expect(onServer[0]?.data).toMatchObject({
      done: true,
      createdAt: fromLaptop[0]?.createdAt,
      generatedSubject: { kind: 'leadBecameHot', params: { name: '王丽' } },
    });
    await expectOneDoneTaskAndNothingToSortOut([laptop, phone], lead.id);

    // Running again, on either device, makes nothing new.
    expect(await runRules(laptop)).toEqual([]);
    expect(await runRules(phone)).toEqual([]);
  });

  it('a device that signs in catches up with the server before it makes tasks', async () => {
    const laptop = await repDevice();
    const lead = await laptop.commands.createLead({
      lastName: '陈',
      firstName: '静',
      company: '南京精密机械',
      email: 'chen.jing@nj-precision.cn',
      rating: 'hot',
    });
    await loadAnalyticsMirrors(laptop.data);
    const [task] = await runRules(laptop);
    await laptop.awaitInSync();

    // The phone signs in later; its first pull of activities (which brings the task) is held up,
    // while the lead arrives at once.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const phone = await openDevice({
      baseUrl: env.baseUrl,
      member: env.people.rep1,
      clock,
      collections: ['leads', 'activities'],
      fetch: async (input, init) => {
        if (String(input).includes('/api/sync/activities/pull')) await held;
        return fetch(input, init);
      },
    });
    devices.push(phone);
    const stop = startAutomation(
      { data: phone.data, clock, user: { id: env.people.rep1.id, role: 'rep' } },
      (made) => `Follow up: ${made.key}`,
      20,
    );
    try {
      await expect.poll(async () => (await phone.lead(lead.id))?.rating).toBe('hot');
      // Many rule runs' worth of time: none makes the task the laptop made.
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(await tasksOn(phone, lead.id)).toEqual([]);

      release();
      await phone.awaitInSync();
      await expect
        .poll(async () => (await tasksOn(phone, lead.id)).map((doc) => doc.createdAt))
        .toEqual([task?.createdAt]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await phone.data.sync.store.listConflicts()).toEqual([]);
      expect(await phone.data.sync.store.listIssues()).toEqual([]);
    } finally {
      release();
      stop();
    }
  });

  it('a hot lead’s follow-up task made on two offline devices stays as the rep left it', async () => {
    const laptop = await repDevice();
    const phone = await repDevice();
    const lead = await laptop.commands.createLead({
      lastName: '刘',
      firstName: '洋',
      company: '苏州新源机械',
      email: 'liu.yang@xinyuan.cn',
      rating: 'hot',
    });
    await laptop.awaitInSync();
    await expect.poll(async () => (await phone.lead(lead.id))?.rating).toBe('hot');
    laptop.connectivity.setOnline(false);
    phone.connectivity.setOnline(false);
    const followUp = (device: Device, language: string) =>
      createHotLeadTasks(
        { data: device.data, clock, user: { id: env.people.rep1.id, role: 'rep' } },
        {
          leads: [{ id: lead.id, ownerId: env.people.rep1.id, label: '刘洋' }],
          subject: (label) => (language === 'zh' ? `跟进${label}` : `Follow up ${label}`),
          dueAt: '2026-11-21T09:00:00.000Z',
        },
      );
    expect(await followUp(laptop, 'zh')).toEqual({ created: 1, existing: 0 });
    await finishOnLaptop(laptop, lead.id);
    expect(await followUp(phone, 'en')).toEqual({ created: 1, existing: 0 });

    await reconnectLaptopFirst(laptop, phone);
    const [onServer] = await env.server.store.getDocuments('activities', [followUpTaskId(lead.id)]);
    expect(onServer?.data).toMatchObject({ done: true, subject: '跟进刘洋' });
    await expectOneDoneTaskAndNothingToSortOut([laptop, phone], lead.id);
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
