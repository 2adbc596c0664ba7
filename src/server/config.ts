import { join } from 'node:path';
import { parseArgs } from 'node:util';

/** Everything the server reads from its environment and command line, checked once at start. */
export type ServerConfig = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  demo: boolean;
  /** With the demo: a year of the team's work (20k leads...), for dashboards and benchmarks. */
  demoYear: boolean;
  /** Leads in that year (deals, orders and tickets in proportion); 20,000 unless set. */
  demoYearLeads: number;
  /** Origins allowed to call the API from a browser (the served web client is same-origin). */
  corsOrigins: string[];
  /** Folder with the built web client, served at `/` when it exists. */
  webRoot: string;
  tokenTtlDays: number;
  tombstoneDays: number;
  /** How long the audit trail keeps entries (default about seven years). */
  auditRetentionDays: number;
  loginRateLimitPerMinute: number;
};

/** Reads the server configuration; throws an error that names the bad setting. */
export function loadServerConfig(
  env: Record<string, string | undefined>,
  argv: readonly string[],
  cwd: string,
): ServerConfig {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      demo: { type: 'boolean', default: false },
      'demo-year': { type: 'boolean', default: false },
    },
    allowPositionals: true,
    strict: false,
  });
  const port = Number(env.PORT ?? 4410);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer between 0 and 65535, got "${env.PORT}"`);
  }
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const adminEmail = env.FIELDBOOK_ADMIN_EMAIL || undefined;
  const adminPassword = env.FIELDBOOK_ADMIN_PASSWORD || undefined;
  if ((adminEmail === undefined) !== (adminPassword === undefined)) {
    throw new Error('Set both FIELDBOOK_ADMIN_EMAIL and FIELDBOOK_ADMIN_PASSWORD, or neither');
  }
  if (adminPassword !== undefined && adminPassword.length < 8) {
    throw new Error('FIELDBOOK_ADMIN_PASSWORD must have at least 8 characters');
  }
  const positiveInt = (name: string, fallback: number) => {
    const value = Number(env[name] ?? fallback);
    if (!Number.isInteger(value) || value <= 0)
      throw new Error(`${name} must be a positive integer`);
    return value;
  };
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataDir: env.DATA_DIR || join(cwd, '.fieldbook-data'),
    databaseUrl,
    adminEmail,
    adminPassword,
    demo: values.demo === true || values['demo-year'] === true,
    demoYear: values['demo-year'] === true,
    demoYearLeads: positiveInt('FIELDBOOK_DEMO_YEAR_LEADS', 20_000),
    corsOrigins: (env.FIELDBOOK_CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    webRoot: env.FIELDBOOK_WEB_ROOT || join(cwd, 'dist', 'web'),
    tokenTtlDays: positiveInt('FIELDBOOK_TOKEN_TTL_DAYS', 30),
    tombstoneDays: positiveInt('FIELDBOOK_TOMBSTONE_DAYS', 90),
    auditRetentionDays: positiveInt('FIELDBOOK_AUDIT_RETENTION_DAYS', 2555),
    loginRateLimitPerMinute: positiveInt('FIELDBOOK_LOGIN_RATE_LIMIT', 10),
  };
}

/** Whether the server listens only on this computer (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
}
