import type { FastifyInstance } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** The server's Prometheus metrics, one registry per app so tests do not share counters. */
export type ServerMetrics = {
  registry: Registry;
  pushedDocuments: Counter<'collection'>;
  pulledDocuments: Counter<'collection'>;
  conflicts: Counter<'collection'>;
  rejections: Counter<'collection' | 'code'>;
  storeLatency: Histogram<'operation'>;
};

/** Creates the registry with request, sync and store metrics; `openStreams` is read when scraped. */
export function createServerMetrics(openStreams: () => number): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'fieldbook_' });
  const metrics: ServerMetrics = {
    registry,
    pushedDocuments: new Counter({
      name: 'fieldbook_sync_pushed_documents_total',
      help: 'Documents written by pushes',
      labelNames: ['collection'],
      registers: [registry],
    }),
    pulledDocuments: new Counter({
      name: 'fieldbook_sync_pulled_documents_total',
      help: 'Documents sent by pulls',
      labelNames: ['collection'],
      registers: [registry],
    }),
    conflicts: new Counter({
      name: 'fieldbook_sync_conflicts_total',
      help: 'Pushed rows answered with the server state because the device worked on an old copy',
      labelNames: ['collection'],
      registers: [registry],
    }),
    rejections: new Counter({
      name: 'fieldbook_sync_rejections_total',
      help: 'Pushed rows refused by validation, rights or workflow rules',
      labelNames: ['collection', 'code'],
      registers: [registry],
    }),
    storeLatency: new Histogram({
      name: 'fieldbook_store_operation_seconds',
      help: 'Time spent in the store per sync operation',
      labelNames: ['operation'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
  };
  new Gauge({
    name: 'fieldbook_sync_open_streams',
    help: 'Open live sync streams',
    registers: [registry],
    collect() {
      this.set(openStreams());
    },
  });
  return metrics;
}

/** Counts every request by method, route and status, and times it. */
export function instrumentRequests(app: FastifyInstance, metrics: ServerMetrics): void {
  const requests = new Histogram({
    name: 'fieldbook_http_request_seconds',
    help: 'HTTP requests by method, route and status code',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [metrics.registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    // The route pattern, not the URL, so ids do not explode the label set.
    const route = request.routeOptions.url ?? 'unmatched';
    requests.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
}
