import { z } from 'zod';
import { baseRecordSchema, idSchema } from './baseRecord.ts';
import { consentSchema } from './lead.ts';

/** A person at an account. */
export const contactSchema = baseRecordSchema.extend({
  accountId: idSchema,
  firstName: z.string().max(100).default(''),
  lastName: z.string().max(100).default(''),
  title: z.string().max(200).default(''),
  email: z.string().max(254).default(''),
  phone: z.string().max(40).default(''),
  mobile: z.string().max(40).optional(),
  /** The main person to talk to at the account; commands keep at most one per account. (`primary` is reserved by RxDB documents.) */
  isPrimary: z.boolean().default(false),
  consent: consentSchema.default({ given: false }),
  leadId: idSchema.optional(),
  notes: z.string().max(10_000).default(''),
});
export type Contact = z.infer<typeof contactSchema>;
