import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type AuditEntry,
  auditPageSchema,
  auditQuerySchema,
} from '../../shared/audit/auditEntry.ts';
import { collectionNames } from '../../shared/domain/collections.ts';
import { auditCsvHeader, auditCsvRows } from '../audit/auditCsv.ts';
import { authOf } from '../plugins/auth.ts';
import { httpError } from '../plugins/httpError.ts';
import type { AuditSearch, Store } from '../store/Store.ts';
import { matchesAccess, readAccess } from '../sync/accessRules.ts';

/** The most rows one CSV export holds; narrow the filters for more. */
const maxExportEntries = 100_000;
const searchQuerySchema = auditQuerySchema.extend({
  before: z
    .string()
    .regex(/^\d{1,30}$/)
    .optional(),
});

/**
 * The audit log, read only (no route changes or deletes an entry): search with paging, one
 * record's history, CSV export. Admins see everything; managers their team's entries.
 */
export const auditRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.addHook('onRequest', app.authenticate);
  app.addHook('preHandler', app.requireRole('admin', 'manager'));

  const page = async (search: AuditSearch) => {
    const entries = await store.searchAudit({ ...search, limit: search.limit + 1 });
    const more = entries.length > search.limit;
    const shown = more ? entries.slice(0, search.limit) : entries;
    return { entries: shown, ...(more ? { nextBefore: shown.at(-1)?.id } : {}) };
  };

  app.get(
    '/api/audit',
    { schema: { querystring: searchQuerySchema, response: { 200: auditPageSchema } } },
    async (request) => {
      const { user } = authOf(request);
      if (user.role === 'manager' && !user.teamId) return { entries: [] };
      return page({
        ...request.query,
        ...(user.role === 'manager' && user.teamId ? { teamId: user.teamId } : {}),
      });
    },
  );

  app.get(
    '/api/audit/records/:collection/:id',
    {
      schema: {
        params: z.object({ collection: z.enum(collectionNames), id: z.string().min(1).max(100) }),
        querystring: searchQuerySchema.pick({ before: true, limit: true }),
        response: { 200: auditPageSchema },
      },
    },
    async (request) => {
      const { user } = authOf(request);
      const { collection, id } = request.params;
      if (user.role === 'manager') {
        // A manager sees the history of records they may read now (their team's, their own).
        const [record] = await store.getDocuments(collection, [id]);
        const actor = { id: user.id, role: user.role, teamId: user.teamId };
        if (!record || !matchesAccess(readAccess(actor, collection), record)) {
          throw httpError(404, 'not_found', 'No such record');
        }
      }
      return page({ ...request.query, collection, recordId: id });
    },
  );

  app.get(
    '/api/audit/export.csv',
    {
      preHandler: app.requireRole('admin'),
      schema: { querystring: searchQuerySchema.omit({ limit: true }) },
    },
    async (request, reply) => {
      const lines = [auditCsvHeader()];
      let before = request.query.before;
      let exported = 0;
      while (exported < maxExportEntries) {
        const batch: AuditEntry[] = await store.searchAudit({
          ...request.query,
          ...(before ? { before } : {}),
          limit: 1000,
        });
        for (const entry of batch) lines.push(...auditCsvRows(entry));
        exported += batch.length;
        if (batch.length < 1000) break;
        before = batch.at(-1)?.id;
      }
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="fieldbook-audit-${day}.csv"`)
        .send(`${lines.join('\r\n')}\r\n`);
    },
  );
};
