import { type ClientApp, clientAppHeaders } from '../../../shared/sync/clientApp.ts';
import { replicaHeader } from '../../../shared/sync/replicaId.ts';

/** Why the server or the network stopped a sync request; the status shows `code`. */
export type SyncFailure =
  | 'unauthorized'
  | 'update_required'
  | 'resync_required'
  | 'server_restored'
  | 'server_unreachable'
  | 'server_error';

export class SyncHttpError extends Error {
  readonly code: SyncFailure;
  readonly status: number | undefined;
  /** The server's own code for a 401 (`device_wiped`, `device_revoked`...), when it sent one. */
  readonly reason: string | undefined;

  constructor(code: SyncFailure, status: number | undefined, message: string, reason?: string) {
    super(message);
    this.name = 'SyncHttpError';
    this.code = code;
    this.status = status;
    this.reason = reason;
  }
}

/** The machine code in an error body (`{ code }` or the server's `{ error }`), if any. */
export function errorCodeOf(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as { code?: unknown; error?: unknown };
    const code = typeof body.code === 'string' ? body.code : body.error;
    return typeof code === 'string' && code.length <= 100 ? code : undefined;
  } catch {
    return undefined;
  }
}

/** The header naming the local schema version, so the server can refuse too-old apps (426). */
export const schemaVersionHeader = 'x-fieldbook-schema-version';

export type SyncConnection = {
  serverUrl: string;
  token: string;
  schemaVersion: number;
  fetch: typeof fetch;
  /** Which app build asks, so the server can show it in the admin's device list. */
  app?: ClientApp;
  /** This replication run (see replicaId), so the live stream does not echo its own pushes. */
  replica?: string;
};

function failureOf(status: number): SyncFailure {
  if (status === 401) return 'unauthorized';
  if (status === 426) return 'update_required';
  if (status === 410) return 'resync_required';
  if (status === 409) return 'server_restored';
  return 'server_error';
}

/** One authenticated sync request; throws `SyncHttpError` on any failure. */
export async function syncRequest(
  connection: SyncConnection,
  path: string,
  init: { method?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<Response> {
  let response: Response;
  try {
    response = await connection.fetch(`${connection.serverUrl}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        authorization: `Bearer ${connection.token}`,
        [schemaVersionHeader]: String(connection.schemaVersion),
        ...(connection.app ? clientAppHeaders(connection.app) : {}),
        ...(connection.replica ? { [replicaHeader]: connection.replica } : {}),
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      ...(init.signal ? { signal: init.signal } : {}),
    });
  } catch (error) {
    throw new SyncHttpError(
      'server_unreachable',
      undefined,
      error instanceof Error ? error.message : String(error),
    );
  }
  if (!response.ok) {
    const text = await response.text().catch(() => '');
    throw new SyncHttpError(
      failureOf(response.status),
      response.status,
      text.slice(0, 500),
      response.status === 401 ? errorCodeOf(text) : undefined,
    );
  }
  return response;
}

/** The base URL without a trailing slash, so paths can be appended. */
export function normalizeServerUrl(serverUrl: string): string {
  return serverUrl.trim().replace(/\/+$/, '');
}
