import { DomainError } from '../../src/shared/domain/DomainError.ts';
import { type Device, openDevice, testClock } from '../integration/replicationDevices.ts';
import { seedTestTeam } from '../support/testTeam.ts';
import { type ModelEdit, modelDifferences, modelLostWrites } from './modelChecks.ts';
import {
  type ModelAck,
  type ModelField,
  modelFetch,
  modelFields,
  seededRandom,
} from './modelNetwork.ts';
import type { ModelServer } from './modelServer.ts';

export type ModelOp =
  | { kind: 'create'; client: number }
  | { kind: 'edit'; client: number; pick: number; field: ModelField }
  | { kind: 'delete'; client: number; pick: number }
  | { kind: 'offline'; client: number }
  | { kind: 'online'; client: number }
  | { kind: 'settle' }
  | { kind: 'wait'; ms: number }
  | { kind: 'restart' };

/** Everything one run does, derived from its seed alone (so the seed reproduces the run). */
export type ModelPlan = { seed: number; clients: number; maxDelayMs: number; ops: ModelOp[] };

export type ModelPlanOptions = { minSteps: number; maxSteps: number; restartChance: number };

/**
 * 3-5 devices and 10-30 steps by default: creates, edits and deletes of shared leads (rep1's, on
 * rep1's devices and the manager's) and own ones, a device going offline or online with 2% per
 * step, waits and settles that let requests overtake each other, and rare server restarts.
 */
export function planModelRun(
  seed: number,
  options: ModelPlanOptions = { minSteps: 10, maxSteps: 30, restartChance: 0.01 },
): ModelPlan {
  const random = seededRandom(seed);
  const below = (n: number) => Math.floor(random() * n);
  const clients = 3 + below(3);
  const maxDelayMs = below(31);
  const steps = options.minSteps + below(options.maxSteps - options.minSteps + 1);
  const online = Array.from({ length: clients }, () => true);
  const ops: ModelOp[] = [];
  for (let step = 0; step < steps; step += 1) {
    const client = below(clients);
    const roll = random();
    if (roll < 0.02) {
      ops.push({ kind: online[client] ? 'offline' : 'online', client });
      online[client] = !online[client];
    } else if (roll < 0.02 + options.restartChance) {
      ops.push({ kind: 'restart' });
    } else {
      const kind = random();
      if (kind < 0.2) ops.push({ kind: 'create', client });
      else if (kind < 0.65) {
        const field = modelFields[below(modelFields.length)] as ModelField;
        ops.push({ kind: 'edit', client, pick: below(1000), field });
      } else if (kind < 0.73) ops.push({ kind: 'delete', client, pick: below(1000) });
      else if (kind < 0.9) ops.push({ kind: 'wait', ms: below(21) });
      else ops.push({ kind: 'settle' });
    }
  }
  return { seed, clients, maxDelayMs, ops };
}

export type ModelRunResult = {
  problems: string[];
  operations: number;
  acknowledgedRows: number;
  inboxEntries: number;
  restarts: number;
  /** Milliseconds per phase: open (team, databases, sign-in), steps, converge, check, close. */
  phases: Record<'open' | 'steps' | 'converge' | 'check' | 'close', number>;
  trace: string[];
};

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Rejects instead of hanging when a device never reports being in sync. */
async function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}

let runCounter = 0;

/**
 * Runs one plan against the shared server in a company of its own (fresh team, users and device
 * databases), then brings every device online and checks that each equals the server's view for
 * its user and that no write was lost.
 */
export async function runModel(
  shared: ModelServer,
  plan: ModelPlan,
  options: { trace?: boolean; convergeMs?: number } = {},
): Promise<ModelRunResult> {
  runCounter += 1;
  const phases = { open: 0, steps: 0, converge: 0, check: 0, close: 0 };
  let mark = performance.now();
  const lap = (phase: keyof typeof phases) => {
    const now = performance.now();
    phases[phase] += now - mark;
    mark = now;
  };
  const trace: string[] = [];
  const acks: ModelAck[] = [];
  const { server } = shared;
  const clock = testClock();
  const netRandom = seededRandom(plan.seed ^ 0x5bd1e995);
  // rep1 on two devices and the manager share rep1's leads; the manager's own are the manager's.
  const pairs = await shared.read(async () => {
    const people = await seedTestTeam(server.store, `m${runCounter}s${plan.seed}-`);
    const roster = [people.rep1, people.manager, people.rep1, people.rep2, people.manager];
    return Promise.all(
      roster.slice(0, plan.clients).map(async (member, index) => ({
        member,
        device: await openDevice({
          baseUrl: server.baseUrl,
          member,
          clock,
          retryTimeMs: 50,
          fetch: modelFetch({
            random: netRandom,
            maxDelayMs: plan.maxDelayMs,
            label: `dev${index}`,
            acks,
            ...(options.trace ? { trace } : {}),
          }),
        }),
      })),
    );
  });
  const devices = pairs.map((pair) => pair.device);
  if (options.trace) {
    for (const [index, d] of devices.entries()) {
      const replication = d.data.sync.handle?.replications.get('leads');
      await replication?.startPromise;
      const short = (doc: Record<string, unknown>) =>
        JSON.stringify({
          id: String(doc.id ?? '').slice(-4),
          u: doc.updatedAt,
          fn: doc.firstName,
          co: doc.company,
          no: doc.notes,
          rev: doc._rev,
        });
      d.data.leads.storageInstance
        .changeStream()
        .subscribe((bulk) =>
          trace.push(
            `${Math.round(performance.now())} dev${index} FORK ${bulk.context} ${bulk.events.map((e) => short(e.documentData as Record<string, unknown>)).join(' ')}`,
          ),
        );
      replication?.internalReplicationState?.input.metaInstance.changeStream().subscribe((bulk) =>
        trace.push(
          `${Math.round(performance.now())} dev${index} META ${bulk.context} ${bulk.events
            .map((e) => {
              const m = e.documentData as unknown as {
                itemId: string;
                docData?: Record<string, unknown>;
                isResolvedConflict?: string;
                isCheckpoint?: string;
              };
              return m.isCheckpoint === '1'
                ? `ckpt ${m.itemId} ${JSON.stringify((m as { checkpointData?: unknown }).checkpointData)}`
                : `${short(m.docData ?? {})} rc=${m.isResolvedConflict ?? ''}`;
            })
            .join(' ')}`,
        ),
      );
      replication?.error$.subscribe((error) =>
        trace.push(
          `${Math.round(performance.now())} dev${index} replication error ${String(error)}`,
        ),
      );
    }
  }
  lap('open');
  const online = devices.map(() => true);
  const edits: ModelEdit[] = [];
  const created = new Set<string>();
  const deletedAt = new Map<string, string[]>();
  let restarts = 0;
  const device = (index: number) => devices[index] as Device;

  const apply = async (op: ModelOp, step: number) => {
    if (options.trace)
      trace.push(`${Math.round(performance.now())} step ${step} ${JSON.stringify(op)}`);
    clock.advance();
    const at = clock().toISOString();
    if (op.kind === 'create') {
      const lead = await device(op.client).commands.createLead({
        company: `Co ${plan.seed}-${step}`,
        lastName: `Lead ${step}`,
        email: `lead-${plan.seed}-${step}@model.example`,
      });
      created.add(lead.id);
    } else if (op.kind === 'edit' || op.kind === 'delete') {
      const ids = (await device(op.client).data.leads.find().exec()).map((doc) => doc.id).sort();
      const id = ids[op.pick % Math.max(1, ids.length)];
      if (id === undefined) return;
      try {
        if (op.kind === 'edit') {
          const value = `${op.field} ${plan.seed}/${step}`;
          await device(op.client).commands.updateLead(id, { [op.field]: value });
          edits.push({ docId: id, field: op.field, value, at });
        } else {
          await device(op.client).commands.deleteLead(id);
          deletedAt.set(id, [...(deletedAt.get(id) ?? []), at]);
        }
      } catch (error) {
        // Sync may have deleted the lead on this device since it was listed: nothing was written.
        if (!(error instanceof DomainError && error.code === 'notFound')) throw error;
      }
    } else if (op.kind === 'offline' || op.kind === 'online') {
      online[op.client] = op.kind === 'online';
      device(op.client).connectivity.setOnline(op.kind === 'online');
    } else if (op.kind === 'settle') {
      const waiting = devices.filter((_, i) => online[i]).map((d) => d.awaitInSync());
      await withDeadline(Promise.all(waiting), 20_000, 'settling');
    } else if (op.kind === 'wait') {
      await pause(op.ms);
    } else {
      await shared.restart();
      restarts += 1;
    }
  };

  /** Re-checks whenever a device's leads change (a stream event, a pull), else every 250 ms. */
  const converge = async (timeoutMs: number) => {
    for (const [index, d] of devices.entries()) {
      if (!online[index]) d.connectivity.setOnline(true);
      online[index] = true;
    }
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      let wake: () => void = () => undefined;
      const woken = new Promise<void>((resolve) => {
        wake = resolve;
      });
      const subscriptions = devices.map((d) => d.data.leads.$.subscribe(() => wake()));
      try {
        const left = deadline - performance.now();
        const inSync =
          left > 0 &&
          (await withDeadline(Promise.all(devices.map((d) => d.awaitInSync())), left, 'sync').then(
            () => true,
            () => false,
          ));
        const diff = await shared.read(() => modelDifferences(server, pairs));
        if (diff.length === 0) return diff;
        if (!inSync || performance.now() > deadline) {
          const states = devices.map((d, i) => {
            const internal =
              d.data.sync.handle?.replications.get('leads')?.internalReplicationState;
            return `device ${i}: ${JSON.stringify(d.status())} ${JSON.stringify(internal?.stats ?? {})}`;
          });
          return [`not converged after ${timeoutMs} ms`, ...diff, ...states];
        }
        await Promise.race([woken, pause(250)]);
      } finally {
        for (const subscription of subscriptions) subscription.unsubscribe();
      }
    }
  };

  const result: ModelRunResult = {
    problems: [],
    operations: plan.ops.length,
    acknowledgedRows: 0,
    inboxEntries: 0,
    restarts: 0,
    phases,
    trace,
  };
  try {
    for (const [step, op] of plan.ops.entries()) await apply(op, step);
    lap('steps');
    const diff = await converge(options.convergeMs ?? 30_000);
    lap('converge');
    if (diff.length > 0) result.problems = diff;
    else {
      const checked = await shared.read(() =>
        modelLostWrites({ server, devices, created, edits, deletedAt, acks }),
      );
      result.problems = checked.lost;
      result.inboxEntries = checked.inboxEntries;
    }
    lap('check');
  } catch (error) {
    result.problems = [error instanceof Error ? (error.stack ?? error.message) : String(error)];
  } finally {
    for (const d of devices) await d.close();
    lap('close');
  }
  result.acknowledgedRows = acks.length;
  result.restarts = restarts;
  return result;
}
