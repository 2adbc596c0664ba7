import type { Lead } from '../domain/lead.ts';
import { formatPersonName } from '../text/formatPersonName.ts';
import { type LeadCsvPresetId, leadCsvPresets } from './leadCsvPresets.ts';
import type { CsvTable } from './toCsv.ts';

/** The lead fields an export needs; list views pass whole leads. */
export type ExportableLead = Pick<
  Lead,
  'firstName' | 'lastName' | 'company' | 'title' | 'email' | 'phone' | 'source' | 'status' | 'notes'
> &
  Partial<Pick<Lead, 'rating' | 'industry' | 'country'>>;

/**
 * Leads as a table in a preset's column set and words (Salesforce, HubSpot, Chinese Excel or
 * Fieldbook's own), so an export opens where the import preset reads it back.
 */
export function leadsToCsvTable(
  leads: readonly ExportableLead[],
  presetId: LeadCsvPresetId,
): CsvTable {
  const preset = leadCsvPresets[presetId];
  // A mobile column would only repeat the phone, so exports leave it out.
  const columns = preset.columns.filter((column) => column.target !== 'mobile');
  return {
    columns: columns.map((column) => column.header),
    rows: leads.map((lead) =>
      columns.map(({ target }) => {
        switch (target) {
          case 'fullName':
            return formatPersonName(lead);
          case 'source':
            return preset.sourceLabels[lead.source];
          case 'status':
            return preset.statusLabels[lead.status];
          case 'rating':
            return lead.rating ? preset.ratingLabels[lead.rating] : '';
          case 'mobile':
            return '';
          default:
            return lead[target] ?? '';
        }
      }),
    ),
  };
}
