import { z } from 'zod';
import {
  type AuditPage,
  type AuditQuery,
  auditPageSchema,
} from '../../../shared/audit/auditEntry.ts';
import type { CollectionName } from '../../../shared/domain/collections.ts';
import { type Role, roles } from '../../../shared/domain/roles.ts';
import { clientPlatforms } from '../../../shared/sync/clientApp.ts';
import { normalizeServerUrl } from '../sync/syncHttp.ts';

/** A user as the admin API lists them; `lastSeenAt` only when the server reports it. */
export const adminUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(roles),
  teamId: z.string().nullable(),
  active: z.boolean(),
  lastSeenAt: z.string().nullable().optional(),
});
export type AdminUser = z.infer<typeof adminUserSchema>;

export const adminDeviceSchema = z.object({
  deviceId: z.string(),
  deviceName: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string().nullable(),
  revoked: z.boolean(),
  appVersion: z.string().nullable().optional(),
  appPlatform: z.enum(clientPlatforms).nullable().optional(),
  wiped: z.boolean().optional(),
});
export type AdminDevice = z.infer<typeof adminDeviceSchema>;

export const adminTeamSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
});
export type AdminTeam = z.infer<typeof adminTeamSchema>;

export type NewUserInput = {
  email: string;
  name: string;
  password: string;
  role: Role;
  teamId?: string;
};
export type UserPatch = { name?: string; role?: Role; teamId?: string | null; active?: boolean };

/** Why an admin request failed: the HTTP status (0 = unreachable) and the server's error code. */
export class AdminApiError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'AdminApiError';
    this.status = status;
    this.code = code;
  }
}

export type AdminConnection = { serverUrl: string; token: string; fetch: typeof fetch };

export type AdminApi = ReturnType<typeof createAdminApi>;

function auditParams(query: Partial<AuditQuery>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The server's admin and audit API, with the signed-in session's bearer token. */
export function createAdminApi(connection: AdminConnection) {
  const base = normalizeServerUrl(connection.serverUrl);
  const send = async (path: string, init: { method?: string; body?: unknown } = {}) => {
    let response: Response;
    try {
      response = await connection.fetch(`${base}${path}`, {
        method: init.method ?? 'GET',
        headers: {
          authorization: `Bearer ${connection.token}`,
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
    } catch (error) {
      throw new AdminApiError(0, 'unreachable', error instanceof Error ? error.message : 'offline');
    }
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as {
        error?: string;
        code?: string;
        message?: string;
      };
      throw new AdminApiError(
        response.status,
        body.code ?? body.error ?? 'server_error',
        body.message ?? `Request failed (${response.status})`,
      );
    }
    return response;
  };
  const json = async <T>(schema: z.ZodType<T>, path: string, init?: Parameters<typeof send>[1]) =>
    schema.parse(await (await send(path, init)).json());
  const userPath = (id: string) => `/api/admin/users/${encodeURIComponent(id)}`;

  return {
    listUsers: () => json(z.array(adminUserSchema), '/api/admin/users'),
    createUser: (input: NewUserInput) =>
      json(z.object({ id: z.string() }), '/api/admin/users', { method: 'POST', body: input }),
    updateUser: (id: string, patch: UserPatch) =>
      json(adminUserSchema, userPath(id), { method: 'PATCH', body: patch }),
    async resetPassword(id: string, password: string): Promise<void> {
      await send(`${userPath(id)}/password`, { method: 'POST', body: { password } });
    },
    listDevices: (userId: string) =>
      json(z.array(adminDeviceSchema), `${userPath(userId)}/devices`),
    async revokeDevice(userId: string, deviceId: string, options: { wipe: boolean }) {
      await send(`${userPath(userId)}/devices/${encodeURIComponent(deviceId)}/revoke`, {
        method: 'POST',
        body: { wipe: options.wipe },
      });
    },
    listTeams: () => json(z.array(adminTeamSchema), '/api/admin/teams'),
    createTeam: (name: string) =>
      json(z.object({ id: z.string() }), '/api/admin/teams', { method: 'POST', body: { name } }),
    queryAudit: (query: Partial<AuditQuery>): Promise<AuditPage> =>
      json(auditPageSchema, `/api/audit${auditParams(query)}`),
    recordHistory: (collection: CollectionName, id: string): Promise<AuditPage> =>
      json(
        auditPageSchema,
        `/api/audit/records/${encodeURIComponent(collection)}/${encodeURIComponent(id)}`,
      ),
    async exportAuditCsv(query: Partial<AuditQuery>): Promise<string> {
      const { limit: _limit, before: _before, ...filters } = query;
      return (await send(`/api/audit/export.csv${auditParams(filters)}`)).text();
    },
  };
}
