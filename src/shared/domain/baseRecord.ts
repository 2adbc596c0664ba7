import { z } from 'zod';

/** An ISO-8601 UTC timestamp such as `2026-11-27T09:30:00.000Z`. */
export const isoDateTimeSchema = z.iso.datetime();

/** A record id: a UUID made on the device (v7 for new records). */
export const idSchema = z.uuid();

/** Fields every replicated record carries. `_deleted` is handled by RxDB and never part of the domain. */
export const baseRecordSchema = z.object({
  id: idSchema,
  ownerId: z.string().min(1).max(64),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});

export type BaseRecord = z.infer<typeof baseRecordSchema>;
