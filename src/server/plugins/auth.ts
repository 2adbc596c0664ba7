import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Role } from '../../shared/domain/roles.ts';
import { clientAppFromHeaders } from '../../shared/sync/clientApp.ts';
import { hashToken } from '../auth/tokens.ts';
import type { SessionRecord, Store, UserRecord } from '../store/Store.ts';
import { httpError } from './httpError.ts';

export type AuthContext = { user: UserRecord; tokenHash: string; deviceId: string };

declare module 'fastify' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyRequest {
    auth: AuthContext | undefined;
  }
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyInstance {
    authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    requireRole: (
      ...allowed: Role[]
    ) => (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

/**
 * Who wrote a pushed version, for the live stream not to echo it back: one sign-in (session),
 * which is one tab or app window. Two people signed in on one browser profile share the device
 * id but not this, so each still receives the other's changes live. A prefix of the token hash
 * cannot be used to authenticate. A client that names its replication run (`replica`) is one
 * writer per run, so a later run of the same sign-in still gets this run's pushes live.
 */
export function writerIdOf(auth: AuthContext, replica?: string): string {
  const session = auth.tokenHash.slice(0, 24);
  return replica ? `${session}.${replica}` : session;
}

/** The signed-in user of a request that passed `authenticate`. */
export function authOf(request: FastifyRequest): AuthContext {
  if (!request.auth) throw httpError(401, 'unauthorized', 'Sign in first');
  return request.auth;
}

// "Last sync" needs minutes, not milliseconds: at most one session write per device a minute,
// sooner only when the device reports another app build.
const touchIntervalMs = 60_000;

async function recordSessionUse(input: {
  store: Store;
  request: FastifyRequest;
  session: SessionRecord;
  now: string;
}): Promise<void> {
  const { store, request, session, now } = input;
  const app = clientAppFromHeaders(request.headers);
  const appChanged =
    app !== undefined &&
    (app.version !== session.app?.version || app.platform !== session.app?.platform);
  const stale =
    session.lastSeenAt === null ||
    Date.parse(now) - Date.parse(session.lastSeenAt) >= touchIntervalMs;
  if (!appChanged && !stale) return;
  try {
    await store.touchSession(session.tokenHash, now, app);
  } catch (error) {
    // Only bookkeeping: the request itself goes on.
    request.log.warn({ err: error }, 'could not record the session use');
  }
}

/**
 * Bearer-token authentication: a token is valid while its session is neither expired nor revoked
 * and its user is active, so deactivating a user or revoking a device stops it at once.
 */
export const authPlugin = fp(
  async (app, options: { store: Store; clock: () => Date }) => {
    app.decorateRequest('auth', undefined);
    app.decorate('authenticate', async (request: FastifyRequest) => {
      const header = request.headers.authorization ?? '';
      const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header);
      if (!match?.[1]) throw httpError(401, 'unauthorized', 'Missing or malformed bearer token');
      const tokenHash = hashToken(match[1]);
      const session = await options.store.findSession(tokenHash);
      const now = options.clock().toISOString();
      // `code` tells the client what to do: a wiped device deletes its local data, a revoked one
      // signs out keeping it (`error` stays `unauthorized` for clients that only know that).
      if (session?.wipedAt) {
        throw httpError(
          401,
          'unauthorized',
          'An administrator removed this device; its local data must be deleted',
          { code: 'device_wiped' },
        );
      }
      if (session?.revokedAt) {
        throw httpError(401, 'unauthorized', 'An administrator signed this device out', {
          code: 'device_revoked',
        });
      }
      if (!session || session.expiresAt <= now) {
        throw httpError(401, 'unauthorized', 'The session has expired or was revoked');
      }
      const user = await options.store.getUser(session.userId);
      if (!user?.active) throw httpError(401, 'unauthorized', 'The account is deactivated');
      request.auth = { user, tokenHash, deviceId: session.deviceId };
      await recordSessionUse({ store: options.store, request, session, now });
    });
    app.decorate('requireRole', (...allowed: Role[]) => async (request: FastifyRequest) => {
      const { user } = authOf(request);
      if (!allowed.includes(user.role)) {
        throw httpError(403, 'forbidden', `Needs one of the roles: ${allowed.join(', ')}`);
      }
    });
  },
  { name: 'auth' },
);
