import { z } from 'zod';

/** The only notification shape the renderer may ask for: bounded plain text. */
export const notificationArgsSchema = z.tuple([
  z.object({ title: z.string().min(1).max(200), body: z.string().max(1000) }).strict(),
]);
