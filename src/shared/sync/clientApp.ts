import { z } from 'zod';

/** Where the app runs: the Electron desktop app or a plain browser. */
export const clientPlatforms = ['desktop', 'web'] as const;
export type ClientPlatform = (typeof clientPlatforms)[number];

/** An app version as a device reports it (`1.4.0`, `0.0.0-dev`, `1.5.0-beta.2+abc`). */
export const appVersionSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[0-9A-Za-z][0-9A-Za-z.+_-]*$/);

/** Which app build a device runs, told to the server at sign-in and on each sync request. */
export const clientAppSchema = z.object({
  version: appVersionSchema,
  platform: z.enum(clientPlatforms),
});
export type ClientApp = z.infer<typeof clientAppSchema>;

/** Headers carrying the client app on sync requests (the sign-in carries it in its body). */
export const appVersionHeader = 'x-fieldbook-app-version';
export const appPlatformHeader = 'x-fieldbook-app-platform';

/** The client app named by request headers; undefined when missing or malformed. */
export function clientAppFromHeaders(
  headers: Readonly<Record<string, string | string[] | undefined>>,
): ClientApp | undefined {
  const parsed = clientAppSchema.safeParse({
    version: headers[appVersionHeader],
    platform: headers[appPlatformHeader],
  });
  return parsed.success ? parsed.data : undefined;
}

/** The headers that tell the server which app sends a request. */
export function clientAppHeaders(app: ClientApp): Record<string, string> {
  return { [appVersionHeader]: app.version, [appPlatformHeader]: app.platform };
}
