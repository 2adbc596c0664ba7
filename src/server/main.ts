import { randomUUID } from 'node:crypto';
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.ts';
import { ensureFirstAdmin } from './bootstrap.ts';
import { backupSqliteStore, restoreSqliteStore } from './cli/sqliteBackup.ts';
import { isLoopbackHost, loadServerConfig } from './config.ts';
import { seedDemoCompany } from './demo/seedDemoCompany.ts';
import { seedDemoYear } from './demo/seedDemoYear.ts';
import { openStore } from './openStore.ts';
import { publishTeamDirectory } from './sync/publishTeamDirectory.ts';

// `npm run server [-- --demo]`: the sync server and the web client on one port.
// `npm run server -- backup <file>` / `restore <file>`: snapshot or restore the embedded store.
const config = loadServerConfig(process.env, process.argv.slice(2), process.cwd());
const [command, file] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
if (command === 'backup' || command === 'restore') {
  process.exit(runStoreCommand(command, file));
}
const store = openStore(config);
await store.migrate();
const now = new Date();
if (config.adminEmail && config.adminPassword) {
  await ensureFirstAdmin(store, { email: config.adminEmail, password: config.adminPassword }, now);
}
// People may have changed while the server was down (or this store predates the directory).
await publishTeamDirectory(store, now);
const app = await buildApp({
  store,
  corsOrigins: config.corsOrigins,
  tokenTtlDays: config.tokenTtlDays,
  loginRateLimitPerMinute: config.loginRateLimitPerMinute,
  webRoot: config.webRoot,
  logger: { level: process.env.LOG_LEVEL ?? 'info' },
});
if (config.demo) {
  const seeded = await seedDemoCompany(store, now);
  if (seeded === 'seeded' && config.demoYear) {
    const leads = config.demoYearLeads;
    const written = await seedDemoYear(store, now, {
      leads,
      opportunities: Math.ceil(leads / 10),
      orders: Math.ceil(leads / 25),
    });
    app.log.info({ written }, 'demo: a year of sales added');
  }
  await publishTeamDirectory(store, now);
  app.log.info(
    seeded === 'seeded'
      ? 'demo company created: admin@demo.fieldbook / fieldbook-demo (demo only!)'
      : 'store already has users; demo data not added',
  );
}

// Tombstones are kept `tombstoneDays`; devices offline longer are told to resync from scratch.
const retentionMs = config.tombstoneDays * 86_400_000;
const purgeOldTombstones = async () => {
  const before = new Date(Date.now() - retentionMs).toISOString();
  const { purged } = await store.purgeTombstones({ before });
  if (purged > 0) app.log.info({ purged, before }, 'purged old tombstones');
};
// Audit entries are kept `auditRetentionDays`; only this job may delete them (see the migration).
const purgeOldAuditEntries = async () => {
  const before = new Date(Date.now() - config.auditRetentionDays * 86_400_000).toISOString();
  const { purged } = await store.purgeAudit({ before });
  if (purged > 0) app.log.info({ purged, before }, 'purged audit entries past retention');
};
const retentionTimer = setInterval(() => {
  purgeOldTombstones().catch((err: unknown) => app.log.error({ err }, 'tombstone purge failed'));
  purgeOldAuditEntries().catch((err: unknown) => app.log.error({ err }, 'audit purge failed'));
}, 6 * 3_600_000);
retentionTimer.unref();
await purgeOldTombstones();
await purgeOldAuditEntries();

closeWithGrace({ delay: 10_000 }, async ({ err }) => {
  if (err) app.log.error({ err }, 'shutting down after an error');
  clearInterval(retentionTimer);
  await app.close();
  await store.close();
});

await app.listen({ port: config.port, host: config.host });
app.log.info(
  `Fieldbook sync server and web client on http://${config.host}:${config.port}/ (${store.kind} store)`,
);
if (!isLoopbackHost(config.host)) {
  // Browsers give WebCrypto, which the web client's encrypted local data needs, only to https
  // pages and localhost: on http://<this machine's address> the web client cannot open.
  app.log.warn(
    'Browsers on other computers open the web client only over https: put this server behind a TLS proxy (docs/operations.md) and share its https:// address',
  );
}

function runStoreCommand(name: 'backup' | 'restore', path: string | undefined): number {
  if (!path) {
    console.error(`Usage: npm run server -- ${name} <file>`);
    return 2;
  }
  if (config.databaseUrl) {
    console.error(
      'backup/restore are for the embedded store; for PostgreSQL see docs/operations.md',
    );
    return 2;
  }
  try {
    if (name === 'backup') {
      const { bytes } = backupSqliteStore({ dataDir: config.dataDir, target: path });
      console.log(`Backed up the store to ${path} (${bytes} bytes).`);
    } else {
      restoreSqliteStore({ dataDir: config.dataDir, source: path, newEpoch: randomUUID() });
      console.log(`Restored the store from ${path}. Devices will push what they hold again.`);
    }
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}
