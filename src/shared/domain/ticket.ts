import { z } from 'zod';
import { baseRecordSchema, idSchema, isoDateTimeSchema, userIdSchema } from './baseRecord.ts';

export const ticketStatuses = [
  'new',
  'in_progress',
  'waiting_on_customer',
  'resolved',
  'closed',
] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

export const ticketPriorities = ['low', 'normal', 'high', 'urgent'] as const;
export type TicketPriority = (typeof ticketPriorities)[number];

export const ticketChannels = ['phone', 'email', 'visit', 'web', 'chat', 'other'] as const;

/** Service-level deadlines and when they were met. */
export const ticketSlaSchema = z.object({
  firstResponseDueAt: isoDateTimeSchema.optional(),
  resolutionDueAt: isoDateTimeSchema.optional(),
  firstRespondedAt: isoDateTimeSchema.optional(),
  resolvedAt: isoDateTimeSchema.optional(),
});
export type TicketSla = z.infer<typeof ticketSlaSchema>;

/** A service case raised by a customer. */
export const ticketSchema = baseRecordSchema.extend({
  accountId: idSchema,
  contactId: idSchema.optional(),
  orderId: idSchema.optional(),
  productId: idSchema.optional(),
  number: z.string().min(1).max(64),
  subject: z.string().min(1).max(200),
  description: z.string().max(20_000).default(''),
  priority: z.enum(ticketPriorities),
  status: z.enum(ticketStatuses),
  channel: z.enum(ticketChannels).optional(),
  category: z.string().max(100).optional(),
  assigneeId: userIdSchema.optional(),
  sla: ticketSlaSchema.default({}),
  resolution: z.string().max(5000).optional(),
  closedAt: isoDateTimeSchema.optional(),
});
export type Ticket = z.infer<typeof ticketSchema>;
