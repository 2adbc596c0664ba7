import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { roles } from '../../shared/domain/roles.ts';
import { newId } from '../../shared/ids/newId.ts';
import { hashPassword } from '../auth/passwords.ts';
import { httpError } from '../plugins/httpError.ts';
import type { Store } from '../store/Store.ts';
import { publishTeamDirectory } from '../sync/publishTeamDirectory.ts';
import { toUserView, userViewSchema } from './userView.ts';

const passwordSchema = z.string().min(8).max(1024);
const idParams = z.object({ id: z.string().min(1).max(64) });

/** User, team and device administration (admins only). */
export const adminRoutes: FastifyPluginAsyncZod<{ store: Store; clock: () => Date }> = async (
  app,
  { store, clock },
) => {
  app.addHook('onRequest', app.authenticate);
  app.addHook('preHandler', app.requireRole('admin'));

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
      const body = request.body;
      const email = body.email.trim().toLowerCase();
      if (await store.findUserByEmail(email)) {
        throw httpError(409, 'email_taken', 'A user with this email already exists');
      }
      await requireTeam(body.teamId);
      const now = clock();
      const id = newId(now.getTime());
      await store.createUser({
        id,
        email,
        name: body.name,
        role: body.role,
        teamId: body.teamId ?? null,
        passwordHash: await hashPassword(body.password),
        active: true,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      });
      await publishTeamDirectory(store, clock());
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/api/admin/users',
    { schema: { response: { 200: z.array(userViewSchema.extend({ active: z.boolean() })) } } },
    async () =>
      (await store.listUsers()).map((user) => ({ ...toUserView(user), active: user.active })),
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
      const user = await store.getUser(request.params.id);
      if (!user) throw httpError(404, 'not_found', 'No such user');
      await requireTeam(request.body.teamId);
      await store.updateUser(user.id, { ...request.body, updatedAt: clock().toISOString() });
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
      const user = await store.getUser(request.params.id);
      if (!user) throw httpError(404, 'not_found', 'No such user');
      await store.updateUser(user.id, {
        passwordHash: await hashPassword(request.body.password),
        updatedAt: clock().toISOString(),
      });
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
              revoked: z.boolean(),
            }),
          ),
        },
      },
    },
    async (request) =>
      (await store.listSessions(request.params.id)).map((session) => ({
        deviceId: session.deviceId,
        deviceName: session.deviceName,
        createdAt: session.createdAt,
        lastSeenAt: session.lastSeenAt,
        revoked: session.revokedAt !== null,
      })),
  );

  app.post(
    '/api/admin/users/:id/devices/:deviceId/revoke',
    {
      schema: {
        params: idParams.extend({ deviceId: z.string().min(1).max(64) }),
        response: { 200: z.object({ revokedSessions: z.number().int() }) },
      },
    },
    async (request) => ({
      revokedSessions: await store.revokeDevice(
        request.params.id,
        request.params.deviceId,
        clock().toISOString(),
      ),
    }),
  );

  app.post(
    '/api/admin/teams',
    {
      schema: {
        body: z.object({ name: z.string().trim().min(1).max(100) }),
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const now = clock();
      const id = newId(now.getTime());
      await store.createTeam({ id, name: request.body.name, createdAt: now.toISOString() });
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
