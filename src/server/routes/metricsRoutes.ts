import type { FastifyPluginAsync } from 'fastify';
import type { ServerMetrics } from '../plugins/metrics.ts';

/** `GET /metrics` in Prometheus text format, for whoever runs the server. */
export const metricsRoutes: FastifyPluginAsync<{ metrics: ServerMetrics }> = async (
  app,
  { metrics },
) => {
  app.get('/metrics', { config: { rateLimit: false } }, async (_request, reply) => {
    reply.header('content-type', metrics.registry.contentType);
    return metrics.registry.metrics();
  });
};
