// Screen tests that need the real sync server load it through this module. The import is
// dynamic so the server's Node code stays out of the renderer's type check (which must not see
// Node APIs), while the test still runs the real server on loopback.

/** What screen tests use of tests/support/testServer.ts. */
export type RealSyncServer = {
  /** The server's base URL on loopback once listening. */
  baseUrl: string;
  /** Signs in with the HTTP API; resolves with the session token. */
  login: (email: string, password: string) => Promise<unknown>;
  close: () => Promise<void>;
};

/** The admin the test server creates. */
export const adminCredentials = { email: 'admin@test.fieldbook', password: 'admin-password-1' };

type ServerModule = {
  startTestServer: (store: 'sqlite') => Promise<{
    app: {
      listen: (options: { port: number; host: string }) => Promise<unknown>;
      server: { address: () => unknown };
    };
    login: (email: string, password: string) => Promise<unknown>;
    close: () => Promise<void>;
  }>;
};

/** Starts the real sync server (SQLite store, test admin) on a free loopback port. */
export async function startRealSyncServer(): Promise<RealSyncServer> {
  const modulePath = '../../../tests/support/testServer.ts';
  const { startTestServer } = (await import(/* @vite-ignore */ modulePath)) as ServerModule;
  const server = await startTestServer('sqlite');
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = server.app.server.address() as { port: number };
  return { baseUrl: `http://127.0.0.1:${port}`, login: server.login, close: server.close };
}
