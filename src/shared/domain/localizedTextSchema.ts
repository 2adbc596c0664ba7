import { z } from 'zod';

/** Text kept in both UI languages (product names, stage labels); either may be empty. */
export const localizedTextSchema = z.object({
  zh: z.string().max(500),
  en: z.string().max(500),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;
