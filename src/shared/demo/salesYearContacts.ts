import type { Contact } from '../domain/contact.ts';
import type { Lead } from '../domain/lead.ts';
import { stamp } from './salesYearFulfilment.ts';

/**
 * The contact a converted lead becomes at its new account, as the app's conversion makes it:
 * the same person, the account's primary contact, traced back to the lead.
 */
export function contactFromLead(lead: Lead, accountId: string, id: string, ms: number): Contact {
  return {
    id,
    ...stamp(ms, lead.ownerId),
    accountId,
    firstName: lead.firstName,
    lastName: lead.lastName,
    title: lead.title,
    email: lead.email,
    phone: lead.phone,
    isPrimary: true,
    consent: lead.consent,
    leadId: lead.id,
    notes: '',
  };
}
