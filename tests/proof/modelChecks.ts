import {
  sameRecord,
  toWireDocument,
  type WireDocument,
} from '../../src/renderer/data/sync/wireDocument.ts';
import { toClientDocument } from '../../src/server/sync/clientDocument.ts';
import type { Device } from '../integration/replicationDevices.ts';
import type { RestartableServer } from '../support/restartableServer.ts';
import type { TeamMember } from '../support/testTeam.ts';
import { type ModelAck, type ModelField, modelFields } from './modelNetwork.ts';

/** An edit a device made during the run, stamped with the model clock. */
export type ModelEdit = { docId: string; field: ModelField; value: string; at: string };

/** Differences between each device and the server's view for its user (empty = converged). */
export async function modelDifferences(
  server: RestartableServer,
  devices: ReadonlyArray<{ device: Device; member: TeamMember }>,
): Promise<string[]> {
  const out: string[] = [];
  const views = new Map<string, Awaited<ReturnType<RestartableServer['viewOf']>>>();
  for (const [index, { device, member }] of devices.entries()) {
    let view = views.get(member.id);
    if (!view) {
      view = (await server.viewOf(member, 'leads')).filter((doc) => !doc.deleted);
      views.set(member.id, view);
    }
    const local = (await device.data.leads.find().exec()).map((doc) => doc.toJSON());
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
        const apart = keys
          .filter((k) => JSON.stringify(wire?.[k]) !== JSON.stringify(master[k]))
          .map((k) => `${k}: ${JSON.stringify(wire?.[k])} vs ${JSON.stringify(master[k])}`);
        out.push(`device ${index}: lead ${doc.id} differs (${apart.join(', ')})`);
      }
    }
  }
  return out;
}

/**
 * Every edit and every acknowledged write is on the server, superseded by a later edit or delete
 * of the same field, or recorded in some device's conflict inbox. Returns the lost ones.
 */
export async function modelLostWrites(params: {
  server: RestartableServer;
  devices: readonly Device[];
  created: ReadonlySet<string>;
  edits: readonly ModelEdit[];
  deletedAt: ReadonlyMap<string, string[]>;
  acks: readonly ModelAck[];
}): Promise<{ lost: string[]; inboxEntries: number }> {
  const { server, created, edits, deletedAt, acks } = params;
  const docs = await server.store.getDocuments('leads', [...created]);
  const all = new Map(docs.map((doc) => [doc.id, doc]));
  const inbox = new Set<string>();
  let inboxEntries = 0;
  for (const device of params.devices) {
    for (const entry of await device.data.sync.store.listConflicts()) {
      inbox.add(`${entry.docId} ${entry.path} ${JSON.stringify(entry.lostValue)}`);
      inboxEntries += 1;
    }
  }
  const lost: string[] = [];
  for (const id of created) {
    if (!all.has(id)) lost.push(`created lead ${id} never reached the server`);
    else if (all.get(id)?.deleted && !deletedAt.has(id)) lost.push(`lead ${id} deleted by nobody`);
  }
  const supersededAfter = (docId: string, field: ModelField, at: string) =>
    edits.some((e) => e.docId === docId && e.field === field && e.at > at) ||
    (deletedAt.get(docId) ?? []).some((d) => d > at);
  const survives = (docId: string, field: ModelField, value: unknown, at: string) => {
    const doc = all.get(docId);
    if (!doc) return false;
    if (!doc.deleted && doc.data[field] === value) return true;
    return (
      supersededAfter(docId, field, at) || inbox.has(`${docId} ${field} ${JSON.stringify(value)}`)
    );
  };
  for (const edit of edits) {
    if (survives(edit.docId, edit.field, edit.value, edit.at)) continue;
    const doc = all.get(edit.docId);
    const inboxed = [...inbox].filter((entry) => entry.startsWith(edit.docId));
    lost.push(
      `edit ${edit.field}=${edit.value} of ${edit.docId} at ${edit.at} was lost ` +
        `(server: ${doc?.deleted ? 'deleted' : JSON.stringify(doc?.data[edit.field])}, ` +
        `inbox: ${inboxed.join(' | ') || 'none'}, ` +
        `edits: ${JSON.stringify(edits.filter((e) => e.docId === edit.docId))}, ` +
        `deletes: ${JSON.stringify(deletedAt.get(edit.docId) ?? [])})`,
    );
  }
  for (const ack of acks) {
    for (const field of modelFields) {
      const value = ack.values[field];
      if (value === undefined || survives(ack.docId, field, value, ack.updatedAt)) continue;
      const doc = all.get(ack.docId);
      lost.push(
        `acknowledged ${field}=${String(value)} of ${ack.docId} at ${ack.updatedAt} was lost ` +
          `(server: ${doc?.deleted ? 'deleted' : JSON.stringify(doc?.data[field])} at ` +
          `${String(doc?.data.updatedAt)}, ` +
          `acks: ${JSON.stringify(acks.filter((a) => a.docId === ack.docId && field in a.values))}, ` +
          `edits: ${JSON.stringify(edits.filter((e) => e.docId === ack.docId && e.field === field))}, ` +
          `inbox: ${[...inbox].filter((entry) => entry.startsWith(ack.docId)).join(' | ') || 'none'})`,
      );
    }
  }
  return { lost, inboxEntries };
}
