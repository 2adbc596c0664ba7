import { existsSync } from 'node:fs';
import { startRestartableServer } from '../support/restartableServer.ts';

/**
 * The one server every run of a process shares. Runs may go on concurrently (each in a company of
 * its own); a restart one run asks for hits them all, as it would a real team. Reading the store
 * directly (seeding, checking) waits out a restart and holds the next one back.
 */
export async function openModelServer() {
  // The store file lives in memory where the machine has a tmpfs: every commit's fsync would
  // otherwise stall the one process that runs the server and all the devices. A restart here
  // closes and reopens the file, which needs no fsync to keep what was written.
  const server = await startRestartableServer(
    existsSync('/dev/shm') ? { directory: '/dev/shm' } : {},
  );
  let readers = 0;
  let drained: (() => void) | undefined;
  let restarting: Promise<void> | undefined;
  return {
    server,
    async read<T>(work: () => Promise<T>): Promise<T> {
      while (restarting) await restarting;
      readers += 1;
      try {
        return await work();
      } finally {
        readers -= 1;
        if (readers === 0) drained?.();
      }
    },
    restart(): Promise<void> {
      restarting ??= (async () => {
        while (readers > 0) await new Promise<void>((resolve) => (drained = resolve));
        drained = undefined;
        await server.restart();
      })().finally(() => {
        restarting = undefined;
      });
      return restarting;
    },
    close: () => server.close(),
  };
}

export type ModelServer = Awaited<ReturnType<typeof openModelServer>>;
