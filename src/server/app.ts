import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { buildContentSecurityPolicy } from '../shared/security/contentSecurityPolicy.ts';
import { syncHeaders } from '../shared/sync/syncHeaders.ts';
import { authPlugin } from './plugins/auth.ts';
import { installErrorHandler } from './plugins/errorHandler.ts';
import { createServerMetrics, instrumentRequests } from './plugins/metrics.ts';
import { adminRoutes } from './routes/adminRoutes.ts';
import { auditRoutes } from './routes/auditRoutes.ts';
import { authRoutes } from './routes/authRoutes.ts';
import { healthRoutes } from './routes/healthRoutes.ts';
import { type IntakeOptions, intakeRoutes } from './routes/intakeRoutes.ts';
import { metricsRoutes } from './routes/metricsRoutes.ts';
import { streamRoutes } from './routes/streamRoutes.ts';
import { syncRoutes } from './routes/syncRoutes.ts';
import { webClientRoutes } from './routes/webClientRoutes.ts';
import type { Store } from './store/Store.ts';
import {
  createStockLevelsPublisher,
  publishStockLevelsOnChange,
} from './sync/publishStockLevels.ts';
import { createStreamHub } from './sync/streamHub.ts';

export type AppOptions = {
  store: Store;
  clock?: () => Date;
  corsOrigins?: readonly string[];
  tokenTtlDays?: number;
  loginRateLimitPerMinute?: number;
  /** Largest accepted request body; a push of 1,000 documents fits well inside. */
  bodyLimitBytes?: number;
  logger?: FastifyServerOptions['logger'];
  heartbeatMs?: number;
  /** How stale a stream's session check may get (revocations by other server processes). */
  sessionCheckMs?: number;
  /** Folder of the built web client to serve at `/`; omitted in API-only tests. */
  webRoot?: string;
  /** Limits of the public web-to-lead endpoint (rate limits per address and per form, size). */
  intake?: IntakeOptions;
};

/**
 * Builds the sync server: external plugins (security headers, CORS allowlist, rate limits), then
 * app plugins (auth), then routes. Tests call this and use `app.inject` against a real store.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const clock = options.clock ?? (() => new Date());
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimitBytes ?? 8 * 1024 * 1024,
    // Ids and checkpoints never need more; deep nesting is refused before any handler runs.
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  // The web client's policy is the desktop shell's, built by one function: it lets the badge
  // decoder's and the OCR engine's WebAssembly compile ('wasm-unsafe-eval'), and it does not
  // upgrade requests to https, which on a plain-http server in the office would turn every asset
  // request into a failed TLS handshake and leave the page blank.
  await app.register(helmet, { contentSecurityPolicy: false });
  const contentSecurityPolicy = buildContentSecurityPolicy({ mode: 'production' });
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('content-security-policy', contentSecurityPolicy);
  });
  const allowed = new Set(options.corsOrigins ?? []);
  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin === undefined || allowed.has(origin)),
    credentials: false,
    // Clients on another origin (the desktop app) must be able to read why rows were refused
    // and which versions their pushes wrote.
    exposedHeaders: [syncHeaders.rejections, syncHeaders.writtenSeqs],
  });
  await app.register(rateLimit, { global: true, max: 3000, timeWindow: '1 minute' });
  // API answers carry personal data in plain JSON (pulled records, refused writes): a browser's
  // or the desktop shell's HTTP cache must not keep them on disk next to the encrypted copy.
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  await app.register(authPlugin, { store: options.store, clock });
  const hub = createStreamHub({
    store: options.store,
    heartbeatMs: options.heartbeatMs ?? 15_000,
    validSessions: (tokenHashes) => options.store.validSessions(tokenHashes, clock().toISOString()),
    ...(options.sessionCheckMs === undefined ? {} : { sessionCheckMs: options.sessionCheckMs }),
    now: () => clock().getTime(),
    onError: (error) => app.log.error({ err: error }, 'stream delivery failed'),
  });
  // Where this process revokes sessions or deactivates a user, their live streams end at once.
  const onSessionsChanged = (userId: string) => hub.recheckSessions(userId);
  await app.register(healthRoutes, { store: options.store });
  await app.register(intakeRoutes, { store: options.store, clock, ...options.intake });
  await app.register(authRoutes, {
    store: options.store,
    clock,
    tokenTtlDays: options.tokenTtlDays ?? 30,
    loginRateLimitPerMinute: options.loginRateLimitPerMinute ?? 10,
    onSessionsChanged,
  });
  await app.register(adminRoutes, { store: options.store, clock, onSessionsChanged });
  await app.register(auditRoutes, { store: options.store });
  const metrics = createServerMetrics(() => hub.size());
  instrumentRequests(app, metrics);
  await app.register(metricsRoutes, { metrics });
  await app.register(syncRoutes, { store: options.store, clock, metrics });
  // Before the server stops listening: open streams would otherwise keep close() waiting forever.
  app.addHook('preClose', async () => hub.close());
  await app.register(streamRoutes, { hub });
  // Company-wide stock per product, republished after order and product changes (and now).
  const stopStockLevels = publishStockLevelsOnChange(
    createStockLevelsPublisher({
      store: options.store,
      clock,
      onError: (error) => app.log.error({ err: error }, 'stock levels publication failed'),
    }),
    options.store,
  );
  app.addHook('onClose', stopStockLevels);
  if (options.webRoot) await app.register(webClientRoutes, { webRoot: options.webRoot });
  return app;
}
