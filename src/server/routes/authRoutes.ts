import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { newId } from '../../shared/ids/newId.ts';
import { appVersionSchema, clientPlatforms } from '../../shared/sync/clientApp.ts';
import { accountDraft, auditActorOf } from '../audit/auditDrafts.ts';
import { verifyPassword } from '../auth/passwords.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { authOf } from '../plugins/auth.ts';
import { httpError } from '../plugins/httpError.ts';
import type { Store } from '../store/Store.ts';
import { assignNumberSeries } from '../sync/assignNumberSeries.ts';
import { toUserView, userViewSchema } from './userView.ts';

// Verifying against a real hash when the user is unknown keeps response times alike, so timing
// does not reveal which emails have accounts.
const decoyHash =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export type AuthRoutesOptions = {
  store: Store;
  clock: () => Date;
  tokenTtlDays: number;
  loginRateLimitPerMinute: number;
  /** Ends the live streams of `userId` whose sessions are no longer valid. */
  onSessionsChanged?: (userId: string) => Promise<void>;
};

// The account a sign-in names, as the store finds it (case and spaces do not make a new key).
function loginEmailOf(body: unknown): string {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email.trim().toLowerCase() : '';
}

/** Sign-in, sign-out and "who am I". */
export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (app, options) => {
  const { store, clock } = options;
  // One account from one address: a password brute force stops at the limit.
  const accountLimit = app.createRateLimit({
    max: options.loginRateLimitPerMinute,
    timeWindow: '1 minute',
    keyGenerator: (request) => `login|${request.ip}|${loginEmailOf(request.body)}`,
  });
  const limitAccount = async (request: FastifyRequest, reply: FastifyReply) => {
    const limit = await accountLimit(request);
    if (!limit.isAllowed && limit.isExceeded) {
      return reply.status(429).header('retry-after', String(limit.ttlInSeconds)).send({
        error: 'too_many_requests',
        message: 'Too many sign-in attempts for this account; try again in a minute',
      });
    }
    return undefined;
  };

  app.post(
    '/api/auth/login',
    {
      // The route's own limiter counts every sign-in from one address: ten times the limit,
      // so a team behind one office address signs in together while credential stuffing from
      // one address stops. The per-account count runs beside it (one route cannot carry two of
      // the plugin's limiters).
      config: {
        rateLimit: { max: options.loginRateLimitPerMinute * 10, timeWindow: '1 minute' },
      },
      preHandler: limitAccount,
      schema: {
        body: z.object({
          email: z.string().trim().min(3).max(254),
          password: z.string().min(1).max(1024),
          deviceName: z.string().trim().max(100).optional(),
          deviceId: z.string().trim().min(1).max(64).optional(),
          // Which app build signs in, for the admin's device list.
          appVersion: appVersionSchema.optional(),
          appPlatform: z.enum(clientPlatforms).optional(),
        }),
        // `epoch` names the store, so devices notice when it is restored from a backup.
        // `numberSeries` is this device's own code for document numbers made offline.
        response: {
          200: z.object({
            token: z.string(),
            user: userViewSchema,
            epoch: z.string(),
            numberSeries: z.object({ deviceCode: z.string() }),
          }),
        },
      },
    },
    async (request) => {
      const { email, password, deviceName, deviceId, appVersion, appPlatform } = request.body;
      const user = await store.findUserByEmail(email);
      const valid = await verifyPassword(password, user?.passwordHash ?? decoyHash);
      if (!user || !valid || !user.active) {
        request.log.info({ email }, 'failed login');
        await store.appendAudit([
          accountDraft({
            action: 'login_failed',
            at: clock().toISOString(),
            actor: undefined,
            actorName: email,
            ...(user ? { recordId: user.id, teamId: user.teamId } : {}),
            reason: !user ? 'unknown_email' : !valid ? 'wrong_password' : 'deactivated',
          }),
        ]);
        throw httpError(401, 'invalid_credentials', 'Wrong email or password');
      }
      const now = clock();
      const token = newToken();
      const session = {
        tokenHash: hashToken(token),
        userId: user.id,
        deviceId: deviceId ?? newId(now.getTime()),
        deviceName: deviceName ?? '',
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + options.tokenTtlDays * 86_400_000).toISOString(),
        revokedAt: null,
        lastSeenAt: now.toISOString(),
        app: appVersion && appPlatform ? { version: appVersion, platform: appPlatform } : null,
      };
      await store.createSession(session, [
        accountDraft({
          action: 'login',
          at: now.toISOString(),
          actor: auditActorOf({ user, deviceId: session.deviceId }),
          recordId: user.id,
          teamId: user.teamId,
        }),
      ]);
      return {
        token,
        user: toUserView(user),
        epoch: await store.epoch(),
        numberSeries: await assignNumberSeries(store),
      };
    },
  );

  app.post(
    '/api/auth/logout',
    { onRequest: app.authenticate, schema: { response: { 204: z.null() } } },
    async (request, reply) => {
      const auth = authOf(request);
      const at = clock().toISOString();
      await store.revokeSession(auth.tokenHash, at, [
        accountDraft({
          action: 'logout',
          at,
          actor: auditActorOf(auth),
          recordId: auth.user.id,
          teamId: auth.user.teamId,
        }),
      ]);
      await options.onSessionsChanged?.(auth.user.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/me',
    { onRequest: app.authenticate, schema: { response: { 200: userViewSchema } } },
    async (request) => toUserView(authOf(request).user),
  );
};
