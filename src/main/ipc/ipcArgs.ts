import { z } from 'zod';
import { maxCsvChars } from '../../shared/platform/platformLimits.ts';

export { maxCsvChars };

// Every invoke's arguments, as the tuple the preload sends. `.strict()` refuses extra fields, the
// tuples refuse extra arguments, and every string is bounded.

export const noArgsSchema = z.tuple([]);

export const openExternalArgsSchema = z.tuple([z.string().max(2048)]);

/** Sync tokens are opaque, printable and short; anything else is not a token. */
export const saveTokenArgsSchema = z.tuple([
  z
    .string()
    .min(1)
    .max(4096)
    .regex(/^[\x21-\x7e]+$/),
]);

const fileNameSchema = z.string().min(1).max(200);

export const exportPdfArgsSchema = z.tuple([z.object({ fileName: fileNameSchema }).strict()]);

export const saveCsvArgsSchema = z.tuple([
  z.object({ fileName: fileNameSchema, text: z.string().max(maxCsvChars) }).strict(),
]);

export const setOpenAtLoginArgsSchema = z.tuple([z.boolean()]);

/** The only notification shape the renderer may ask for: bounded plain text. */
export const notificationArgsSchema = z.tuple([
  z.object({ title: z.string().min(1).max(200), body: z.string().max(1000) }).strict(),
]);
