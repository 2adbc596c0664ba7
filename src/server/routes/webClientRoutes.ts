import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';

/**
 * Serves the built web client at `/` so managers can use Fieldbook in a browser. The client uses
 * hash routing, so only real files are served; everything under /api stays the API's.
 */
export const webClientRoutes: FastifyPluginAsync<{ webRoot: string }> = async (
  app,
  { webRoot },
) => {
  if (!existsSync(webRoot)) {
    app.log.warn({ webRoot }, 'web client not built; run `npm run build:web` to serve it');
    return;
  }
  await app.register(fastifyStatic, {
    root: webRoot,
    prefix: '/',
    index: ['index.html'],
    // Hashed asset names never change, so browsers may keep them; index.html must be revalidated.
    setHeaders: (reply, path) => {
      reply.header(
        'cache-control',
        path.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
      );
    },
  });
};
