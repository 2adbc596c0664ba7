import type { ServerResponse } from 'node:http';
import {
  type CollectionName,
  collectionNames,
  isCollectionName,
} from '../../shared/domain/collections.ts';
import type { Store } from '../store/Store.ts';
import { type Actor, readAccess } from './accessRules.ts';
import { toClientDocument } from './clientDocument.ts';

type Connection = {
  actor: Actor;
  tokenHash: string;
  writerId: string;
  response: ServerResponse;
  lastSent: Map<CollectionName, number>;
  /** Documents recently sent on this connection (`collection/id`), oldest first, capped. */
  recentlySent: Set<string>;
  busy: Promise<void>;
};

// A device may still be applying a change it received when it pushes its own newer version of
// the same document; that push must then be echoed, or the older change would stay on the device.
const recentlySentLimit = 5000;

export type StreamHub = {
  /** Starts streaming changes to one client until it disconnects. */
  open: (params: {
    actor: Actor;
    tokenHash: string;
    writerId: string;
    response: ServerResponse;
  }) => Promise<void>;
  size: () => number;
  close: () => void;
};

/**
 * One Server-Sent Events connection per client carries the changes of every collection. Each
 * change is sent as `{collection, documents, checkpoint}`; a `resync` event at (re)connection
 * tells the client to pull, because changes made while it was away are not replayed here.
 */
export function createStreamHub(options: {
  store: Store;
  heartbeatMs: number;
  /** Whether the connection's session is still valid; a revoked device is cut off. */
  isSessionValid: (tokenHash: string) => Promise<boolean>;
  onError: (error: unknown) => void;
}): StreamHub {
  const { store } = options;
  const connections = new Set<Connection>();
  // The epoch only changes by a restore, which restarts the server, so it is read once.
  let cachedEpoch: Promise<string> | undefined;
  const epoch = () => {
    cachedEpoch ??= store.epoch();
    return cachedEpoch;
  };

  const send = (connection: Connection, event: string | undefined, data: unknown) => {
    const prefix = event ? `event: ${event}\n` : '';
    connection.response.write(`${prefix}data: ${JSON.stringify(data)}\n\n`);
  };

  const drop = (connection: Connection) => {
    if (!connections.delete(connection)) return;
    connection.response.end();
  };

  const deliver = async (connection: Connection, collections: CollectionName[]) => {
    if (!(await options.isSessionValid(connection.tokenHash))) {
      send(connection, 'unauthorized', {});
      drop(connection);
      return;
    }
    for (const collection of collections) {
      let afterSeq = connection.lastSent.get(collection) ?? 0;
      for (;;) {
        const page = await store.pull({
          collection,
          afterSeq,
          limit: 500,
          access: readAccess(connection.actor, collection),
        });
        if (page.lastSeq === afterSeq) break;
        afterSeq = page.lastSeq;
        connection.lastSent.set(collection, afterSeq);
        // A device already has what it pushed itself; echoing it back would only make it write
        // every document twice. Its next pull after a reconnect still covers the whole range.
        // Except a document this stream sent it shortly before: RxDB applies stream changes in
        // its own queue, so that older version may land after the push and must be overwritten.
        const { recentlySent } = connection;
        const others = page.documents.filter(
          (doc) =>
            doc.writtenByDevice !== connection.writerId ||
            recentlySent.has(`${collection}/${doc.id}`),
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
        if (others.length > 0) {
          send(connection, undefined, {
            collection,
            documents: others.map(toClientDocument),
            checkpoint: { seq: page.lastSeq, epoch: await epoch() },
          });
        }
        if (page.documents.length < 500) break;
      }
    }
  };

  const unsubscribe = store.subscribe((notice) => {
    const collections = notice.collections.filter(isCollectionName);
    for (const connection of connections) {
      connection.busy = connection.busy
        .then(() => deliver(connection, collections))
        .catch((error: unknown) => {
          options.onError(error);
          drop(connection);
        });
    }
  });

  const heartbeat = setInterval(() => {
    for (const connection of connections) connection.response.write(': heartbeat\n\n');
  }, options.heartbeatMs);
  heartbeat.unref();

  return {
    async open({ actor, tokenHash, writerId, response }) {
      const seq = await store.latestSeq();
      const connection: Connection = {
        actor,
        tokenHash,
        writerId,
        response,
        // Everything up to now reaches the client through the pull that `resync` triggers.
        lastSent: new Map(collectionNames.map((name) => [name, seq])),
        recentlySent: new Set(),
        busy: Promise.resolve(),
      };
      connections.add(connection);
      response.on('close', () => connections.delete(connection));
      send(connection, 'resync', { seq, epoch: await epoch() });
    },
    size: () => connections.size,
    close() {
      clearInterval(heartbeat);
      unsubscribe();
      for (const connection of [...connections]) drop(connection);
    },
  };
}
