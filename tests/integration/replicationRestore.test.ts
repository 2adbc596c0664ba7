import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import {
  backupSqliteStore,
  restoreSqliteStore,
  sqliteStorePath,
} from '../../src/server/cli/sqliteBackup.ts';
import { openSqliteStore } from '../../src/server/store/SqliteStore.ts';
import type { Store } from '../../src/server/store/Store.ts';
import type { Lead } from '../../src/shared/domain/lead.ts';
import { seedTestTeam } from '../support/testTeam.ts';
import { type Device, openDevice, testClock } from './replicationDevices.ts';

describe('restoring the server from a backup', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fieldbook-restore-'));
  const dataDir = join(dir, 'data');
  let store: Store | undefined;
  let app: FastifyInstance | undefined;
  let device: Device | undefined;

  afterEach(async () => {
    await device?.close();
    await app?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function serve(port: number) {
    store = openSqliteStore({ path: sqliteStorePath(dataDir) });
    await store.migrate();
    app = await buildApp({ store, loginRateLimitPerMinute: 1000 });
    await app.listen({ port, host: '127.0.0.1' });
    return (app.server.address() as AddressInfo).port;
  }

  it('has devices push again what the restored server lacks, losing nothing they hold', async () => {
    const port = await serve(0);
    const people = await seedTestTeam(store as Store);
    const clock = testClock();
    device = await openDevice({
      baseUrl: `http://127.0.0.1:${port}`,
      member: people.rep1,
      clock,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (process.env.TRACE_RESTORE)
          console.log(
            init?.method ?? 'GET',
            String(input).replace(/^http:\/\/[^/]+/, ''),
            response.status,
          );
        return response;
      },
    });

    const early: Lead[] = [];
    for (const name of ['Anna', 'Ben', 'Carla']) {
      clock.advance();
      early.push(
        await device.commands.createLead({
          firstName: name,
          company: 'Acme',
          email: `${name}@acme.example`,
        }),
      );
    }
    await device.awaitInSync();
    const backup = join(dir, 'backup.db');
    backupSqliteStore({ dataDir, target: backup });

    // Acknowledged by the server after the backup was taken:
    clock.advance();
    const late = await device.commands.createLead({
      firstName: '丽',
      lastName: '王',
      company: '上海星辰科技有限公司',
      phone: '+86 138 0013 8000',
    });
    clock.advance();
    await device.commands.updateLead(early[0]?.id ?? '', { notes: 'edited after the backup' });
    await device.awaitInSync();
    expect(await store?.countDocuments('leads')).toBe(4);

    await app?.close();
    await store?.close();
    restoreSqliteStore({ dataDir, source: backup, newEpoch: 'restored-epoch' });
    await serve(port);
    expect(await store?.countDocuments('leads')).toBe(3);

    await expect
      .poll(async () => store?.countDocuments('leads'), { timeout: 30_000, interval: 250 })
      .toBe(4);
    await expect
      .poll(
        async () => (await store?.getDocuments('leads', [early[0]?.id ?? '']))?.[0]?.data.notes,
        {
          timeout: 30_000,
          interval: 250,
        },
      )
      .toBe('edited after the backup');
    const [restoredLate] = (await store?.getDocuments('leads', [late.id])) ?? [];
    expect(restoredLate?.data.company).toBe('上海星辰科技有限公司');
    expect(await device.lead(late.id)).toMatchObject({ lastName: '王' });
  });
});
