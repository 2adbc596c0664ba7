import { z } from 'zod';

/** The URL scheme the OS hands to Fieldbook: `fieldbook://leads/<id>` opens that lead. */
export const deepLinkScheme = 'fieldbook';

/** Records a deep link can open, by the plural name used in its URL and in the app's routes. */
export const deepLinkRecordKinds = [
  'leads',
  'accounts',
  'contacts',
  'opportunities',
  'quotes',
  'orders',
  'invoices',
  'tickets',
  'events',
] as const;
export type DeepLinkRecordKind = (typeof deepLinkRecordKinds)[number];

const recordIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** A record to show; also what the main process sends the renderer, so the renderer re-checks it. */
export const deepLinkRouteSchema = z
  .object({ kind: z.enum(deepLinkRecordKinds), id: recordIdSchema })
  .strict();
export type DeepLinkRoute = z.infer<typeof deepLinkRouteSchema>;

/**
 * Reads `fieldbook://<kind>/<id>` (query and fragment ignored); anything else - other schemes,
 * unknown kinds, extra path segments, credentials, ports, odd ids - gives undefined.
 */
export function parseDeepLink(url: string): DeepLinkRoute | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  if (parsed.protocol !== `${deepLinkScheme}:`) return undefined;
  if (parsed.username || parsed.password || parsed.port) return undefined;
  const segments = parsed.pathname.split('/').filter((segment) => segment !== '');
  // `fieldbook://leads/x` has host "leads"; `fieldbook:///leads/x` has it in the path.
  const [kind, id, ...rest] = parsed.host ? [parsed.host, ...segments] : segments;
  if (rest.length > 0) return undefined;
  const route = deepLinkRouteSchema.safeParse({ kind: kind?.toLowerCase(), id });
  return route.success ? route.data : undefined;
}

/** The app route (hash path) that shows the record, e.g. `/leads/0190…`. */
export function deepLinkRoutePath(route: DeepLinkRoute): string {
  return `/${route.kind}/${encodeURIComponent(route.id)}`;
}

/** Finds a deep link among command-line arguments (Windows and Linux pass it to the new process). */
export function findDeepLinkInArgv(argv: readonly string[]): DeepLinkRoute | undefined {
  for (const arg of argv) {
    if (!arg.toLowerCase().startsWith(`${deepLinkScheme}:`)) continue;
    const route = parseDeepLink(arg);
    if (route) return route;
  }
  return undefined;
}
