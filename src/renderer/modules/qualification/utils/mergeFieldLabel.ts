import type { TFunction } from 'i18next';
import type { MergeableLeadField } from '../../../../shared/qualification/mergeLeads.ts';

const leadFieldKeys: Partial<Record<MergeableLeadField, string>> = {
  firstName: 'leads.fields.firstName',
  lastName: 'leads.fields.lastName',
  company: 'leads.fields.company',
  title: 'leads.fields.title',
  email: 'leads.fields.email',
  phone: 'leads.fields.phone',
  source: 'leads.fields.source',
  eventId: 'leads.fields.event',
  rating: 'leads.fields.rating',
  notes: 'leads.fields.notes',
  consent: 'leads.fields.consent',
};

/** The label of a lead field in the merge dialog. */
export function mergeFieldLabel(field: MergeableLeadField, t: TFunction): string {
  return t(leadFieldKeys[field] ?? `qualification.settings.fields.${field}`);
}
