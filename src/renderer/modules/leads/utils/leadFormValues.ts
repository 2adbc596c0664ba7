import type { Consent, Lead, LeadRating, LeadSource } from '../../../../shared/domain/lead.ts';
import type { LeadDraftInput } from '../../../../shared/domain/leadDraft.ts';

/** What the lead form edits: plain strings and nulls, the way inputs hold them. */
export type LeadFormValues = {
  firstName: string;
  lastName: string;
  company: string;
  title: string;
  email: string;
  phone: string;
  source: LeadSource;
  rating: LeadRating | null;
  eventId: string | null;
  notes: string;
  consent: boolean;
};

export type LeadFormField = keyof LeadFormValues;

/** Fields that survive "save and next": at a trade show most leads share source and event. */
export type StickyLeadFields = Pick<LeadFormValues, 'source' | 'eventId'>;

export function emptyLeadFormValues(sticky?: StickyLeadFields): LeadFormValues {
  return {
    firstName: '',
    lastName: '',
    company: '',
    title: '',
    email: '',
    phone: '',
    source: sticky?.source ?? 'other',
    rating: null,
    eventId: sticky?.eventId ?? null,
    notes: '',
    consent: false,
  };
}

export function leadToFormValues(lead: Lead): LeadFormValues {
  return {
    firstName: lead.firstName,
    lastName: lead.lastName,
    company: lead.company,
    title: lead.title,
    email: lead.email,
    phone: lead.phone,
    source: lead.source,
    rating: lead.rating ?? null,
    eventId: lead.eventId ?? null,
    notes: lead.notes,
    consent: lead.consent.given,
  };
}

/**
 * Turns form values into a draft. An unchanged consent keeps its original record (when and
 * what was agreed) instead of being replaced by a bare flag.
 */
export function formValuesToDraft(
  values: LeadFormValues,
  previousConsent?: Consent,
): LeadDraftInput {
  const consent =
    previousConsent && previousConsent.given === values.consent
      ? previousConsent
      : { given: values.consent };
  return {
    firstName: values.firstName,
    lastName: values.lastName,
    company: values.company,
    title: values.title,
    email: values.email,
    phone: values.phone,
    source: values.source,
    rating: values.rating ?? undefined,
    eventId: values.eventId ?? undefined,
    notes: values.notes,
    consent,
  };
}
