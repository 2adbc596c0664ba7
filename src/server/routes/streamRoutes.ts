import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { replicaIdFromHeaders } from '../../shared/sync/replicaId.ts';
import { authOf, writerIdOf } from '../plugins/auth.ts';
import type { StreamHub } from '../sync/streamHub.ts';

/** `GET /api/sync/stream`: the one live connection per client, as Server-Sent Events. */
export const streamRoutes: FastifyPluginAsyncZod<{ hub: StreamHub }> = async (app, { hub }) => {
  app.get(
    '/api/sync/stream',
    { onRequest: app.authenticate, config: { rateLimit: false } },
    async (request, reply) => {
      const auth = authOf(request);
      const { user, tokenHash } = auth;
      reply.hijack();
      const response = reply.raw;
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        // Events carry records: never kept in an HTTP cache (see app.ts).
        'cache-control': 'no-store, no-transform',
        connection: 'keep-alive',
        // Proxies such as nginx must not buffer the stream.
        'x-accel-buffering': 'no',
      });
      response.flushHeaders();
      await hub.open({
        actor: { id: user.id, role: user.role, teamId: user.teamId },
        tokenHash,
        writerId: writerIdOf(auth, replicaIdFromHeaders(request.headers)),
        response,
      });
    },
  );
};
