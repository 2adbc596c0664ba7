import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Store } from '../store/Store.ts';

/** `GET /healthz`: 200 while the store answers, 503 when it does not. */
export const healthRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    '/healthz',
    {
      config: { rateLimit: false },
      schema: {
        response: {
          200: z.object({ status: z.literal('ok'), store: z.string() }),
          503: z.object({ status: z.literal('unavailable'), store: z.string() }),
        },
      },
    },
    async (_request, reply) => {
      try {
        await store.ping();
        return { status: 'ok' as const, store: store.kind };
      } catch {
        return reply.status(503).send({ status: 'unavailable' as const, store: store.kind });
      }
    },
  );
};
