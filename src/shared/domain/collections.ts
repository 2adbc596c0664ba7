import type { ZodObject, z } from 'zod';
import { accountSchema } from './account.ts';
import { activitySchema } from './activity.ts';
import { contactSchema } from './contact.ts';
import { eventSchema } from './event.ts';
import { invoiceSchema } from './invoice.ts';
import { leadSchema } from './lead.ts';
import { opportunitySchema } from './opportunity.ts';
import { orderSchema } from './order.ts';
import { productSchema } from './product.ts';
import { quoteSchema } from './quote.ts';
import { settingSchema } from './setting.ts';
import { ticketSchema } from './ticket.ts';

/**
 * The replicated collections. RxDB's open core allows 13 open collections per process, so the
 * whole model fits in 12 and everything else is embedded (see docs/data-model.md).
 */
export const collectionNames = [
  'leads',
  'accounts',
  'contacts',
  'activities',
  'opportunities',
  'products',
  'events',
  'quotes',
  'orders',
  'invoices',
  'tickets',
  'settings',
] as const;
export type CollectionName = (typeof collectionNames)[number];

/** The zod schema of each collection's records. */
export const collectionSchemas = {
  leads: leadSchema,
  accounts: accountSchema,
  contacts: contactSchema,
  activities: activitySchema,
  opportunities: opportunitySchema,
  products: productSchema,
  events: eventSchema,
  quotes: quoteSchema,
  orders: orderSchema,
  invoices: invoiceSchema,
  tickets: ticketSchema,
  settings: settingSchema,
} as const satisfies { [K in CollectionName]: ZodObject };

/** The record type stored in a collection, e.g. `CollectionRecord<'quotes'>` is `Quote`. */
export type CollectionRecord<K extends CollectionName> = z.infer<(typeof collectionSchemas)[K]>;

/** Tells whether a string names a replicated collection. */
export function isCollectionName(value: string): value is CollectionName {
  return (collectionNames as readonly string[]).includes(value);
}
