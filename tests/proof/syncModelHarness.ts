import fc from 'fast-check';
import {
  sameRecord,
  toWireDocument,
  type WireDocument,
} from '../../src/renderer/data/sync/wireDocument.ts';
import { toClientDocument } from '../../src/server/sync/clientDocument.ts';
import { DomainError } from '../../src/shared/domain/DomainError.ts';
import { type Device, openDevice, testClock } from '../integration/replicationDevices.ts';
import { type RestartableServer, startRestartableServer } from '../support/restartableServer.ts';
import type { TeamMember } from '../support/testTeam.ts';

/** Fields the model edits; values are unique per step so every lost value can be traced. */
const fields = ['notes', 'company', 'firstName'] as const;
type Field = (typeof fields)[number];

export type ModelOp =
  | { kind: 'create'; client: number }
  | { kind: 'edit'; client: number; pick: number; field: Field }
  | { kind: 'delete'; client: number; pick: number }
  | { kind: 'offline'; client: number }
  | { kind: 'online'; client: number }
  | { kind: 'settle' }
  | { kind: 'wait'; ms: number }
  | { kind: 'restart' };

const client = fc.integer({ min: 0, max: 2 });
/** Random steps; going offline and online is rare, restarts rarer still. */
export const opArbitrary: fc.Arbitrary<ModelOp> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('create' as const), client }) },
  {
    weight: 14,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      client,
      pick: fc.nat(1000),
      field: fc.constantFrom(...fields),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('delete' as const), client, pick: fc.nat(1000) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('offline' as const), client }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('online' as const), client }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'settle' as const }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('wait' as const),
      ms: fc.integer({ min: 0, max: 60 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'restart' as const }) },
);

type Edit = { docId: string; field: Field; value: string; at: string };
type Ack = { docId: string; updatedAt: string; values: Partial<Record<Field, unknown>> };

/** Deterministic latency per request from the run's seed (mulberry32). */
function seededRandom(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type ModelStats = {
  runs: number;
  operations: number;
  acknowledgedRows: number;
  conflictsRecorded: number;
  restarts: number;
};

/**
 * Three real RxDB clients (rep1 on two devices, their manager on a third) syncing leads through
 * the real server: rep1's leads are shared by all three, the manager's own only by the manager.
 * Requests get a seeded 0-40 ms latency each, so deliveries of different devices interleave.
 */
export async function openModelWorld(seed: number) {
  const server: RestartableServer = await startRestartableServer();
  const clock = testClock();
  const random = seededRandom(seed);
  const acks: Ack[] = [];
  const members: TeamMember[] = [server.people.rep1, server.people.rep1, server.people.manager];
  const devices: Device[] = [];
  const tracing = process.env.FIELDBOOK_PROOF_TRACE === '1';
  const trace: string[] = [];
  for (const member of members) {
    const label = devices.length;
    const lagged: typeof fetch = async (input, init) => {
      await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 40)));
      const response = await fetch(input, init).catch((error: unknown) => {
        if (tracing) {
          const path = String(input)
            .replace(/^http:\/\/[^/]+/, '')
            .slice(0, 60);
          trace.push(`${Date.now() % 100000} dev${label} ${path} failed: ${String(error)}`);
        }
        throw error;
      });
      if (tracing) {
        const path = String(input).replace(/^http:\/\/[^/]+/, '');
        const at = () => `${Date.now() % 100000} dev${label}`;
        if (path.startsWith('/api/sync/stream') && response.body) {
          const [mine, theirs] = response.body.tee();
          void (async () => {
            const reader = theirs.pipeThrough(new TextDecoderStream()).getReader();
            try {
              for (;;) {
                const { value, done } = await reader.read();
                if (done) {
                  trace.push(`${at()} stream closed`);
                  return;
                }
                trace.push(`${at()} stream ${value.replace(/\s+/g, ' ')}`);
              }
            } catch {
              trace.push(`${at()} stream ended`);
            }
          })();
          return new Response(mine, response);
        }
        const text = await response.clone().text();
        trace.push(
          `${at()} ${init?.method ?? 'GET'} ${path} ${String(init?.body ?? '')} -> ${response.status} ${text}`,
        );
      }
      if (String(input).endsWith('/push') && response.ok && typeof init?.body === 'string') {
        const conflicts = new Set(
          ((await response.clone().json()) as Array<{ id: string }>).map((d) => d.id),
        );
        for (const row of JSON.parse(init.body) as Array<{
          assumedMasterState?: Record<string, unknown>;
          newDocumentState: Record<string, unknown> & { id: string };
        }>) {
          const doc = row.newDocumentState;
          if (conflicts.has(doc.id) || doc._deleted === true) continue;
          // Only the fields this write changed are its own; the rest restate the server's.
          const changed = fields.filter((f) => row.assumedMasterState?.[f] !== doc[f]);
          acks.push({
            docId: doc.id,
            updatedAt: String(doc.updatedAt),
            values: Object.fromEntries(changed.map((f) => [f, doc[f]])),
          });
        }
      }
      return response;
    };
    devices.push(await openDevice({ baseUrl: server.baseUrl, member, clock, fetch: lagged }));
  }
  const stats: ModelStats = {
    runs: 0,
    operations: 0,
    acknowledgedRows: 0,
    conflictsRecorded: 0,
    restarts: 0,
  };
  const online = [true, true, true];
  const edits: Edit[] = [];
  const created = new Set<string>();
  const deletedAt = new Map<string, string[]>();

  const device = (index: number) => devices[index] as Device;
  const liveIds = async (index: number) =>
    (await device(index).data.leads.find().exec()).map((doc) => doc.id).sort();

  async function apply(op: ModelOp, step: number) {
    if (tracing) trace.push(`${Date.now() % 100000} step ${step} ${JSON.stringify(op)}`);
    clock.advance();
    const at = clock().toISOString();
    if (op.kind === 'create') {
      const lead = await device(op.client).commands.createLead({
        company: `Co ${seed}-${step}`,
        lastName: `Lead ${step}`,
        email: `lead-${stats.runs}-${step}@model.example`,
      });
      created.add(lead.id);
    } else if (op.kind === 'edit' || op.kind === 'delete') {
      const ids = await liveIds(op.client);
      if (ids.length === 0) return;
      const id = ids[op.pick % ids.length] as string;
      try {
        if (op.kind === 'edit') {
          const value = `${op.field} ${seed}/${stats.runs}/${step}`;
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
      await Promise.all(devices.filter((_, i) => online[i]).map((d) => d.awaitInSync()));
    } else if (op.kind === 'wait') {
      await new Promise((resolve) => setTimeout(resolve, op.ms));
    } else {
      await server.restart();
      stats.restarts += 1;
    }
  }

  /** Differences between each device and the server's view for its user (empty = converged). */
  async function differences(): Promise<string[]> {
    const out: string[] = [];
    for (const [index, member] of members.entries()) {
      const view = (await server.viewOf(member, 'leads')).filter((doc) => !doc.deleted);
      const local = (await device(index).data.leads.find().exec()).map((doc) => doc.toJSON());
      const localById = new Map(local.map((doc) => [doc.id, doc]));
      if (local.length !== view.length) {
        out.push(`device ${index}: ${local.length} leads, server view ${view.length}`);
      }
      for (const doc of view) {
        const mine = localById.get(doc.id);
        const wire: WireDocument | undefined = mine
          ? toWireDocument('leads', { ...mine, _deleted: false })
          : undefined;
        const master = toClientDocument(doc);
        if (!sameRecord('leads', wire, master)) {
          const keys = [...new Set([...Object.keys(wire ?? {}), ...Object.keys(master)])];
          const fieldsApart = keys
            .filter((k) => JSON.stringify(wire?.[k]) !== JSON.stringify(master[k]))
            .map((k) => `${k}: ${JSON.stringify(wire?.[k])} vs ${JSON.stringify(master[k])}`);
          out.push(`device ${index}: lead ${doc.id} differs (${fieldsApart.join(', ')})`);
        }
      }
    }
    return out;
  }

  async function converge(timeoutMs: number) {
    for (const [index, d] of devices.entries()) {
      if (!online[index]) d.connectivity.setOnline(true);
      online[index] = true;
    }
    const deadline = Date.now() + timeoutMs;
    let diff: string[] = [];
    for (;;) {
      await Promise.all(devices.map((d) => d.awaitInSync()));
      diff = await differences();
      if (diff.length === 0 || Date.now() > deadline) return diff;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Every edit and acknowledged write is on the server, superseded, deleted, or in the inbox. */
  async function lostWrites(): Promise<string[]> {
    const all = new Map((await server.viewOf('all', 'leads')).map((doc) => [doc.id, doc]));
    const inbox = new Set<string>();
    let conflicts = 0;
    for (const d of devices) {
      for (const entry of await d.data.sync.store.listConflicts()) {
        inbox.add(`${entry.docId} ${entry.path} ${JSON.stringify(entry.lostValue)}`);
        conflicts += 1;
      }
    }
    stats.conflictsRecorded = conflicts;
    const out: string[] = [];
    for (const id of created) {
      if (!all.has(id)) out.push(`created lead ${id} never reached the server`);
      else if (all.get(id)?.deleted && !deletedAt.has(id)) out.push(`lead ${id} deleted by nobody`);
    }
    const supersededAfter = (docId: string, field: Field, at: string) =>
      edits.some((e) => e.docId === docId && e.field === field && e.at > at) ||
      (deletedAt.get(docId) ?? []).some((d) => d > at);
    const survives = (docId: string, field: Field, value: unknown, at: string) => {
      const doc = all.get(docId);
      if (!doc) return false;
      if (!doc.deleted && doc.data[field] === value) return true;
      return (
        supersededAfter(docId, field, at) || inbox.has(`${docId} ${field} ${JSON.stringify(value)}`)
      );
    };
    for (const edit of edits) {
      if (!survives(edit.docId, edit.field, edit.value, edit.at)) {
        const doc = all.get(edit.docId);
        const inboxed = [...inbox].filter((entry) => entry.startsWith(edit.docId));
        out.push(
          `edit ${edit.field}=${edit.value} of ${edit.docId} at ${edit.at} was lost ` +
            `(server: ${doc?.deleted ? 'deleted' : JSON.stringify(doc?.data[edit.field])}, ` +
            `inbox: ${inboxed.join(' | ') || 'none'}, ` +
            `edits: ${JSON.stringify(edits.filter((e) => e.docId === edit.docId))}, deletes: ${JSON.stringify(deletedAt.get(edit.docId) ?? [])})`,
        );
      }
    }
    for (const ack of acks) {
      for (const field of fields) {
        const value = ack.values[field];
        if (value === undefined) continue;
        if (!survives(ack.docId, field, value, ack.updatedAt)) {
          out.push(`acknowledged ${field}=${String(value)} of ${ack.docId} was lost`);
        }
      }
    }
    stats.acknowledgedRows = acks.length;
    return out;
  }

  return {
    server,
    stats,
    /** Runs one sequence of steps, then brings everyone online and checks both invariants. */
    async run(ops: ModelOp[]): Promise<string[]> {
      stats.runs += 1;
      trace.length = 0;
      for (const [step, op] of ops.entries()) {
        await apply(op, step);
        stats.operations += 1;
      }
      const diff = await converge(15_000);
      const problems = diff.length > 0 ? diff : await lostWrites();
      if (problems.length > 0 && tracing) {
        const ids = new Set(
          problems.flatMap((line) => line.match(/[0-9a-f]{8}-[0-9a-f-]{27}/g) ?? []),
        );
        console.log(JSON.stringify(ops));
        // Every exchange of the run, whole where it names an affected lead, else its start.
        for (const line of trace) {
          const names = [...ids].filter((id) => line.includes(id));
          console.log(names.length > 0 ? `[${names.join(',')}] ${line}` : line.slice(0, 160));
        }
      }
      return problems;
    },
    async close() {
      for (const d of devices) await d.close();
      await server.close();
    },
  };
}
