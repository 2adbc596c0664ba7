import type { ServerResponse } from 'node:http';
import {
  type CollectionName,
  collectionNames,
  isCollectionName,
} from '../../shared/domain/collections.ts';
import type { AccessFilter, PullPage, Store, StoredDocument } from '../store/Store.ts';
import { type Actor, readAccess } from './accessRules.ts';
import { toClientDocument } from './clientDocument.ts';
import { visibleChanges } from './visibleChanges.ts';

type Connection = {
  actor: Actor;
  tokenHash: string;
  writerId: string;
  response: ServerResponse;
  access: Map<CollectionName, AccessFilter>;
  lastSent: Map<CollectionName, number>;
  /** Documents recently sent to this writer (`collection/id`), oldest first, capped. */
  recentlySent: Set<string>;
  /** When the session was last known valid (ms, from `now`). */
  checkedAt: number;
};

// A device may still be applying a change it received when it pushes its own newer version of
// the same document; that push must then be echoed, or the older change would stay on the device.
const recentlySentLimit = 5000;
// Writers whose sent-documents record is kept after their last stream closed (a reconnect reuses it).
const keptWriters = 10_000;
const pageSize = 500;
const sessionBatch = 1000;

export type StreamHub = {
  /** Starts streaming changes to one client until it disconnects. */
  open: (params: {
    actor: Actor;
    tokenHash: string;
    writerId: string;
    response: ServerResponse;
  }) => Promise<void>;
  /**
   * Checks the sessions of `userId`'s streams now and cuts off the invalid ones: called where this
   * process revokes a session or device or changes a user, so the stream ends at once.
   */
  recheckSessions: (userId: string) => Promise<void>;
  size: () => number;
  close: () => void;
};

/**
 * One Server-Sent Events connection per client carries the changes of every collection. Each
 * change is sent as `{collection, documents, checkpoint}`; a `resync` event at (re)connection
 * tells the client to pull, because changes made while it was away are not replayed here.
 *
 * A change is read from the store once for all connections and filtered per connection in memory
 * (as the store's access SQL does), so a write costs O(changes + connections), not a query per
 * connection.
 */
export function createStreamHub(options: {
  store: Store;
  heartbeatMs: number;
  /** Which of these sessions are still valid; a revoked device's stream is cut off. */
  validSessions: (tokenHashes: string[]) => Promise<Set<string>>;
  /**
   * How old a session check may get before changes trigger another one. Revocations made by
   * another server process (or expiry) reach this process's streams within about this long.
   */
  sessionCheckMs?: number;
  /** A stream whose client reads slower than this many unsent bytes pile up is dropped. */
  maxBufferedBytes?: number;
  now?: () => number;
  onError: (error: unknown) => void;
}): StreamHub {
  const { store } = options;
  const sessionCheckMs = options.sessionCheckMs ?? 5000;
  const maxBufferedBytes = options.maxBufferedBytes ?? 16 * 1024 * 1024;
  const now = options.now ?? Date.now;
  const connections = new Set<Connection>();
  // Shared by every connection of one writer: a reconnect opens a new connection, and a change
  // the previous one sent may still be applied after the device's push (the sync model's seed
  // 10019), so the new connection must echo that push too.
  const recentByWriter = new Map<string, Set<string>>();
  const recentlySentTo = (writerId: string): Set<string> => {
    const recent = recentByWriter.get(writerId) ?? new Set<string>();
    recentByWriter.delete(writerId);
    recentByWriter.set(writerId, recent);
    if (recentByWriter.size > keptWriters) {
      const open = new Set([...connections].map((connection) => connection.writerId));
      for (const id of recentByWriter.keys()) {
        if (recentByWriter.size <= keptWriters) break;
        if (!open.has(id) && id !== writerId) recentByWriter.delete(id);
      }
    }
    return recent;
  };
  // The epoch only changes by a restore, which restarts the server, so it is read once.
  let cachedEpoch: Promise<string> | undefined;
  const epoch = () => {
    cachedEpoch ??= store.epoch();
    return cachedEpoch;
  };

  const drop = (connection: Connection) => {
    if (!connections.delete(connection)) return;
    connection.response.end();
  };

  const write = (connection: Connection, frame: string) => {
    if (!connections.has(connection)) return;
    connection.response.write(frame);
    // A client that stopped reading would otherwise hold every later change in server memory; it
    // reconnects and resyncs instead.
    if (connection.response.writableLength > maxBufferedBytes) {
      connections.delete(connection);
      connection.response.destroy();
    }
  };

  const cutOff = (connection: Connection) => {
    write(connection, 'event: unauthorized\ndata: {}\n\n');
    drop(connection);
  };

  // One query checks a batch of sessions.
  const check = async (batch: Connection[]) => {
    if (batch.length === 0) return;
    const checkedAt = now();
    const valid = await options.validSessions(batch.map((connection) => connection.tokenHash));
    for (const connection of batch) {
      if (valid.has(connection.tokenHash)) connection.checkedAt = checkedAt;
      else cutOff(connection);
    }
  };

  // Session checks run after a fan-out, not before it, and in batches that yield to I/O between
  // them, so even thousands of streams neither delay a change nor starve the sockets.
  let sweeping = false;
  const sweepStaleSessions = async () => {
    if (sweeping) return;
    sweeping = true;
    try {
      const due = now() - sessionCheckMs;
      const stale = [...connections].filter((connection) => connection.checkedAt <= due);
      for (let start = 0; start < stale.length; start += sessionBatch) {
        await check(stale.slice(start, start + sessionBatch).filter((c) => connections.has(c)));
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      sweeping = false;
    }
  };

  /** Sends one page to one connection: what it may see, past what it has, not its own echo. */
  const deliverPage = (
    connection: Connection,
    collection: CollectionName,
    page: PullPage,
    frameOf: (docs: StoredDocument[]) => string,
  ) => {
    const afterSeq = connection.lastSent.get(collection) ?? 0;
    if (afterSeq >= page.lastSeq) return;
    connection.lastSent.set(collection, page.lastSeq);
    const access = connection.access.get(collection) ?? readAccess(connection.actor, collection);
    // A device already has what it pushed itself; echoing it back would only make it write
    // every document twice. Its next pull after a reconnect still covers the whole range.
    // Except a document a stream of this writer sent it shortly before: RxDB applies stream changes in
    // its own queue, so that older version may land after the push and must be overwritten.
    const { recentlySent } = connection;
    const others = visibleChanges({ page, access, afterSeq }).filter(
      (doc) =>
        doc.writtenByDevice !== connection.writerId || recentlySent.has(`${collection}/${doc.id}`),
    );
    for (const doc of others) {
      const key = `${collection}/${doc.id}`;
      recentlySent.delete(key);
      recentlySent.add(key);
    }
    for (const key of recentlySent) {
      if (recentlySent.size <= recentlySentLimit) break;
      recentlySent.delete(key);
    }
    if (others.length > 0) write(connection, frameOf(others));
  };

  /**
   * The frames of one page: each document is serialized once, and connections that receive the
   * same documents share one frame (the bytes `JSON.stringify` of the whole message would give).
   */
  const pageFrames = (collection: CollectionName, checkpoint: { seq: number; epoch: string }) => {
    const json = new Map<StoredDocument, { index: number; text: string }>();
    const frames = new Map<string, string>();
    const head = `data: {"collection":${JSON.stringify(collection)},"documents":[`;
    const tail = `],"checkpoint":${JSON.stringify(checkpoint)}}\n\n`;
    return (docs: StoredDocument[]) => {
      const parts = docs.map((doc) => {
        let entry = json.get(doc);
        if (!entry) {
          entry = { index: json.size, text: JSON.stringify(toClientDocument(doc)) };
          json.set(doc, entry);
        }
        return entry;
      });
      const key = parts.map((part) => part.index).join(',');
      let frame = frames.get(key);
      if (frame === undefined) {
        frame = `${head}${parts.map((part) => part.text).join(',')}${tail}`;
        frames.set(key, frame);
      }
      return frame;
    };
  };

  const fanOut = async (collections: Iterable<CollectionName>) => {
    const currentEpoch = await epoch();
    for (const collection of collections) {
      if (connections.size === 0) return;
      // Every connection has seen everything up to its lastSent: read once from the lowest.
      let afterSeq = Number.POSITIVE_INFINITY;
      for (const connection of connections) {
        afterSeq = Math.min(afterSeq, connection.lastSent.get(collection) ?? 0);
      }
      for (;;) {
        const page = await store.pull({
          collection,
          afterSeq,
          limit: pageSize,
          access: { kind: 'all' },
          withRevocations: true,
        });
        if (page.lastSeq === afterSeq) break;
        const frameOf = pageFrames(collection, { seq: page.lastSeq, epoch: currentEpoch });
        for (const connection of [...connections]) {
          deliverPage(connection, collection, page, frameOf);
        }
        afterSeq = page.lastSeq;
        if (page.documents.length < pageSize) break;
      }
    }
  };

  // One fan-out at a time keeps every connection's changes in order; notices that arrive
  // meanwhile are merged into the next round.
  const pending = new Set<CollectionName>();
  let running = false;
  const run = async () => {
    running = true;
    try {
      while (pending.size > 0) {
        const collections = [...pending];
        pending.clear();
        try {
          await fanOut(collections);
        } catch (error) {
          options.onError(error);
        }
      }
    } finally {
      running = false;
    }
    sweepStaleSessions().catch(options.onError);
  };

  const unsubscribe = store.subscribe((notice) => {
    for (const name of notice.collections) if (isCollectionName(name)) pending.add(name);
    if (!running && pending.size > 0) void run();
  });

  const heartbeat = setInterval(() => {
    for (const connection of [...connections]) write(connection, ': heartbeat\n\n');
  }, options.heartbeatMs);
  heartbeat.unref();

  return {
    async open({ actor, tokenHash, writerId, response }) {
      const seq = await store.latestSeq();
      const currentEpoch = await epoch();
      const connection: Connection = {
        actor,
        tokenHash,
        writerId,
        response,
        access: new Map(collectionNames.map((name) => [name, readAccess(actor, name)])),
        // Everything up to now reaches the client through the pull that `resync` triggers.
        lastSent: new Map(collectionNames.map((name) => [name, seq])),
        recentlySent: recentlySentTo(writerId),
        // The request was just authenticated.
        checkedAt: now(),
      };
      connections.add(connection);
      response.on('close', () => connections.delete(connection));
      write(connection, `event: resync\ndata: ${JSON.stringify({ seq, epoch: currentEpoch })}\n\n`);
    },
    async recheckSessions(userId) {
      await check([...connections].filter((connection) => connection.actor.id === userId));
    },
    size: () => connections.size,
    close() {
      clearInterval(heartbeat);
      unsubscribe();
      for (const connection of [...connections]) drop(connection);
    },
  };
}
