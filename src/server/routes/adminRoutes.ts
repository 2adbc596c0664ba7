import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AuditFieldChange } from '../../shared/audit/auditEntry.ts';
import { roles } from '../../shared/domain/roles.ts';
import { newId } from '../../shared/ids/newId.ts';
import { clientPlatforms } from '../../shared/sync/clientApp.ts';
import { accountDraft, auditActorOf } from '../audit/auditDrafts.ts';
import { userChangeDrafts } from '../audit/userChangeDrafts.ts';
import { deviceSummaries } from '../auth/deviceSummaries.ts';
import { hashPassword } from '../auth/passwords.ts';
import { canGrant, canManageUser } from '../auth/userAdminRules.ts';
import { authOf } from '../plugins/auth.ts';
import { httpError } from '../plugins/httpError.ts';
import type { Store, UserRecord } from '../store/Store.ts';
import { publishTeamDirectory } from '../sync/publishTeamDirectory.ts';
import { toUserView, userViewSchema } from './userView.ts';

const passwordSchema = z.string().min(8).max(1024);
const idParams = z.object({ id: z.string().min(1).max(64) });

/**
 * User, team and device administration: admins for everyone, managers for the reps of their own
 * team. Every change is written with its audit entries in one transaction.
 */
export const adminRoutes: FastifyPluginAsyncZod<{
  store: Store;
  clock: () => Date;
  /** Ends the live streams of `userId` whose sessions are no longer valid. */
  onSessionsChanged?: (userId: string) => Promise<void>;
}> = async (app, { store, clock, onSessionsChanged }) => {
  app.addHook('onRequest', app.authenticate);
  app.addHook('preHandler', app.requireRole('admin', 'manager'));
  const adminOnly = app.requireRole('admin');

  /** The user `id` if the signed-in person may administer them; 404 / 403 otherwise. */
  const manageable = async (request: Parameters<typeof authOf>[0], id: string) => {
    const user = await store.getUser(id);
    if (!user) throw httpError(404, 'not_found', 'No such user');
    if (!canManageUser(authOf(request).user, user)) {
      throw httpError(403, 'forbidden', 'Managers administer only the reps of their own team');
    }
    return user;
  };
  const refuseGrant = () =>
    httpError(403, 'forbidden', 'Managers can only give the rep role within their own team');

  const requireTeam = async (teamId: string | null | undefined) => {
    if (!teamId) return;
    const teams = await store.listTeams();
    if (!teams.some((team) => team.id === teamId)) {
      throw httpError(400, 'unknown_team', `No team with id "${teamId}"`);
    }
  };

  app.post(
    '/api/admin/users',
    {
      schema: {
        body: z.object({
          email: z.email().max(254),
          name: z.string().trim().min(1).max(200),
          password: passwordSchema,
          role: z.enum(roles),
          teamId: z.string().min(1).max(64).optional(),
        }),
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const body = request.body;
      // A manager's new people join the manager's team.
      const teamId = body.teamId ?? (auth.user.role === 'manager' ? auth.user.teamId : null);
      if (!canGrant(auth.user, { role: body.role, teamId })) throw refuseGrant();
      const email = body.email.trim().toLowerCase();
      if (await store.findUserByEmail(email)) {
        throw httpError(409, 'email_taken', 'A user with this email already exists');
      }
      await requireTeam(teamId);
      const now = clock();
      const id = newId(now.getTime());
      const user: UserRecord = {
        id,
        email,
        name: body.name,
        role: body.role,
        teamId,
        passwordHash: await hashPassword(body.password),
        active: true,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      };
      const changes: AuditFieldChange[] = [
        { field: 'email', after: email },
        { field: 'name', after: body.name },
        { field: 'role', after: body.role },
        { field: 'teamId', after: teamId },
      ];
      await store.createUser(user, [
        accountDraft({
          action: 'user_created',
          at: now.toISOString(),
          actor: auditActorOf(auth),
          recordId: id,
          teamId,
          changes,
          reason: `role: ${body.role}`,
        }),
      ]);
      await publishTeamDirectory(store, clock());
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/api/admin/users',
    { schema: { response: { 200: z.array(userViewSchema.extend({ active: z.boolean() })) } } },
    async (request) => {
      const { user: actor } = authOf(request);
      return (await store.listUsers())
        .filter((user) => actor.role === 'admin' || user.teamId === actor.teamId)
        .map((user) => ({ ...toUserView(user), active: user.active }));
    },
  );

  app.patch(
    '/api/admin/users/:id',
    {
      schema: {
        params: idParams,
        body: z
          .object({
            name: z.string().trim().min(1).max(200).optional(),
            role: z.enum(roles).optional(),
            teamId: z.string().min(1).max(64).nullable().optional(),
            active: z.boolean().optional(),
          })
          .strict(),
        response: { 200: userViewSchema.extend({ active: z.boolean() }) },
      },
    },
    async (request) => {
      const auth = authOf(request);
      const user = await manageable(request, request.params.id);
      if (!canGrant(auth.user, request.body)) throw refuseGrant();
      await requireTeam(request.body.teamId);
      const at = clock().toISOString();
      await store.updateUser(
        user.id,
        { ...request.body, updatedAt: at },
        userChangeDrafts({ user, patch: request.body, at, actor: auditActorOf(auth) }),
      );
      if (request.body.active === false) await onSessionsChanged?.(user.id);
      await publishTeamDirectory(store, clock());
      const updated = await store.getUser(user.id);
      if (!updated) throw httpError(404, 'not_found', 'No such user');
      return { ...toUserView(updated), active: updated.active };
    },
  );

  app.post(
    '/api/admin/users/:id/password',
    {
      schema: {
        params: idParams,
        body: z.object({ password: passwordSchema }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const user = await manageable(request, request.params.id);
      const at = clock().toISOString();
      await store.updateUser(
        user.id,
        { passwordHash: await hashPassword(request.body.password), updatedAt: at },
        [
          accountDraft({
            action: 'password_reset',
            at,
            actor: auditActorOf(authOf(request)),
            recordId: user.id,
            teamId: user.teamId,
          }),
        ],
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/admin/users/:id/devices',
    {
      schema: {
        params: idParams,
        response: {
          200: z.array(
            z.object({
              deviceId: z.string(),
              deviceName: z.string(),
              createdAt: z.string(),
              lastSeenAt: z.string().nullable(),
              appVersion: z.string().nullable(),
              appPlatform: z.enum(clientPlatforms).nullable(),
              revoked: z.boolean(),
              wiped: z.boolean(),
            }),
          ),
        },
      },
    },
    async (request) =>
      deviceSummaries(
        await store.listSessions((await manageable(request, request.params.id)).id),
      ).map(({ app, ...device }) => ({
        ...device,
        appVersion: app?.version ?? null,
        appPlatform: app?.platform ?? null,
      })),
  );

  app.post(
    '/api/admin/users/:id/devices/:deviceId/revoke',
    {
      schema: {
        params: idParams.extend({ deviceId: z.string().min(1).max(64) }),
        // `wipe`: the device must also delete its local data (told by 401 `device_wiped`).
        body: z.object({ wipe: z.boolean().optional() }).strict().nullish(),
        response: { 200: z.object({ revokedSessions: z.number().int() }) },
      },
    },
    async (request) => {
      const user = await manageable(request, request.params.id);
      const wipe = request.body?.wipe === true;
      const at = clock().toISOString();
      const revokedSessions = await store.revokeDevice(user.id, request.params.deviceId, at, {
        wipe,
        audit: [
          accountDraft({
            action: wipe ? 'device_wiped' : 'device_revoked',
            at,
            actor: auditActorOf(authOf(request)),
            recordId: user.id,
            teamId: user.teamId,
            reason: `device: ${request.params.deviceId}`,
          }),
        ],
      });
      await onSessionsChanged?.(user.id);
      return { revokedSessions };
    },
  );

  app.post(
    '/api/admin/teams',
    {
      preHandler: adminOnly,
      schema: {
        body: z.object({ name: z.string().trim().min(1).max(100) }),
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const now = clock();
      const id = newId(now.getTime());
      await store.createTeam({ id, name: request.body.name, createdAt: now.toISOString() }, [
        accountDraft({
          action: 'team_created',
          at: now.toISOString(),
          actor: auditActorOf(authOf(request)),
          recordId: id,
          teamId: id,
          changes: [{ field: 'name', after: request.body.name }],
        }),
      ]);
      await publishTeamDirectory(store, now);
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/api/admin/teams',
    {
      schema: {
        response: {
          200: z.array(z.object({ id: z.string(), name: z.string(), createdAt: z.string() })),
        },
      },
    },
    async () => store.listTeams(),
  );
};
