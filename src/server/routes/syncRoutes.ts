import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { collectionNames } from '../../shared/domain/collections.ts';
import { replicaIdFromHeaders } from '../../shared/sync/replicaId.ts';
import { formatWrittenSeqs, syncHeaders } from '../../shared/sync/syncHeaders.ts';
import { auditActorOf } from '../audit/auditDrafts.ts';
import { authOf, writerIdOf } from '../plugins/auth.ts';
import { httpError } from '../plugins/httpError.ts';
import type { ServerMetrics } from '../plugins/metrics.ts';
import type { Store } from '../store/Store.ts';
import { readAccess } from '../sync/accessRules.ts';
import { toClientDocument } from '../sync/clientDocument.ts';
import { mustResync } from '../sync/mustResync.ts';
import { pushDocuments } from '../sync/pushDocuments.ts';

/** Schema versions of the local database this server still accepts. */
export const acceptedSchemaVersions: readonly number[] = [0];
export const schemaVersionHeader = 'x-fieldbook-schema-version';

const clientDocumentSchema = z.looseObject({ id: z.string(), _deleted: z.boolean() });
const pushRowSchema = z.object({
  assumedMasterState: z.record(z.string(), z.unknown()).nullable().optional(),
  newDocumentState: z.looseObject({ id: z.string().min(1).max(64) }),
});

/** Pull and push for RxDB's replication plugin, one pair per collection. */
export const syncRoutes: FastifyPluginAsyncZod<{
  store: Store;
  clock: () => Date;
  metrics: ServerMetrics;
}> = async (app, { store, clock, metrics }) => {
  app.addHook('onRequest', app.authenticate);
  app.addHook('onRequest', async (request) => {
    const header = request.headers[schemaVersionHeader];
    if (header === undefined) return;
    if (!acceptedSchemaVersions.includes(Number(header))) {
      throw httpError(
        426,
        'update_required',
        'This version of Fieldbook is too old for the server; please update the app',
      );
    }
  });

  app.get(
    '/api/sync/:collection/pull',
    {
      schema: {
        params: z.object({ collection: z.enum(collectionNames) }),
        querystring: z.object({
          seq: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
          limit: z.coerce.number().int().min(1).max(1000),
          epoch: z.string().min(1).max(64).optional(),
          seenThrough: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
        }),
        response: {
          200: z.object({
            documents: z.array(clientDocumentSchema),
            checkpoint: z.object({ seq: z.number().int(), epoch: z.string() }),
            /** For a device without a checkpoint: this empty page covers the store up to here. */
            seenThrough: z.number().int().optional(),
          }),
        },
      },
    },
    async (request) => {
      const { user } = authOf(request);
      const { collection } = request.params;
      const epoch = await store.epoch();
      if (request.query.epoch !== undefined && request.query.epoch !== epoch) {
        throw httpError(
          409,
          'server_restored',
          'The server was restored from a backup; push what this device holds again',
        );
      }
      const { seq, seenThrough } = request.query;
      const purgedThroughSeq = await store.purgedThroughSeq();
      if (mustResync({ seq, seenThrough, purgedThroughSeq })) {
        throw httpError(
          410,
          'resync_required',
          'This device was offline longer than deletions are kept; export unsynced changes and sync again from scratch',
        );
      }
      // Read before the page, so an empty page never claims a change committed after it was read.
      const latestSeq = seq === 0 ? await store.latestSeq() : undefined;
      const stopTimer = metrics.storeLatency.startTimer({ operation: 'pull' });
      // Every change, the device's own pushes too: an app without the version guard may since
      // have put an older version back over one of them (RxDB applies a change it received during
      // a push after that push), and only a pull repairs that (tests/bench/sync/RESULTS.md, run
      // 3). Current apps leave out versions they hold by the documents' `_seq`.
      const page = await store.pull({
        collection,
        afterSeq: request.query.seq,
        limit: request.query.limit,
        access: readAccess({ id: user.id, role: user.role, teamId: user.teamId }, collection),
      });
      stopTimer();
      metrics.pulledDocuments.inc({ collection }, page.documents.length);
      // RxDB keeps no checkpoint for an empty page; this lets the device prove later how far it
      // saw the store (mustResync). Not when a purge ran meanwhile: the check above predates it.
      // PostgreSQL's latest seq is that of a stored row, so it can fall below a purged one.
      const reached =
        latestSeq !== undefined &&
        page.documents.length === 0 &&
        (await store.purgedThroughSeq()) === purgedThroughSeq
          ? Math.max(latestSeq, purgedThroughSeq)
          : undefined;
      return {
        documents: page.documents.map(toClientDocument),
        checkpoint: { seq: page.lastSeq, epoch },
        ...(reached === undefined ? {} : { seenThrough: reached }),
      };
    },
  );

  app.post(
    '/api/sync/:collection/push',
    {
      schema: {
        params: z.object({ collection: z.enum(collectionNames) }),
        body: z.array(pushRowSchema).max(1000),
        response: { 200: z.array(clientDocumentSchema) },
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const { user } = auth;
      const stopTimer = metrics.storeLatency.startTimer({ operation: 'push' });
      const result = await pushDocuments({
        store,
        actor: { id: user.id, role: user.role, teamId: user.teamId },
        collection: request.params.collection,
        rows: request.body,
        now: clock(),
        writerId: writerIdOf(auth, replicaIdFromHeaders(request.headers)),
        auditActor: auditActorOf(auth),
      });
      stopTimer();
      const { collection } = request.params;
      metrics.pushedDocuments.inc({ collection }, result.written);
      metrics.conflicts.inc({ collection }, result.conflicts.length - result.rejections.length);
      for (const rejection of result.rejections) {
        metrics.rejections.inc({ collection, code: rejection.code });
      }
      if (result.rejections.length > 0) {
        request.log.info({ rejections: result.rejections }, 'push rows rejected');
        // Header values must be ASCII; the reasons can name anything, so they travel URI-encoded.
        reply.header(syncHeaders.rejections, encodeURIComponent(JSON.stringify(result.rejections)));
      }
      if (result.writtenSeqs.length > 0) {
        reply.header(syncHeaders.writtenSeqs, formatWrittenSeqs(result.writtenSeqs));
      }
      return result.conflicts;
    },
  );
};
