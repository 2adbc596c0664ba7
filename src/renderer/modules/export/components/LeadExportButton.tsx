import { useTranslation } from 'react-i18next';
import type { LeadCsvPresetId } from '../../../../shared/intake/leadCsvPresets.ts';
import { leadsToCsvTable } from '../../../../shared/intake/leadsToCsvTable.ts';
import { useLeadsForExport } from '../../../data/import/useImportData.ts';
import type { LeadListQuery } from '../../../data/index.ts';
import { ExportCsvButton, type ExportCsvOption } from './ExportCsvButton.tsx';

const presets: readonly LeadCsvPresetId[] = ['fieldbook', 'salesforce', 'hubspot', 'excelZh'];

/** Exports every lead the list shows (search and filters applied), in a CRM's column set. */
export function LeadExportButton({ query }: { query: LeadListQuery }) {
  const { t } = useTranslation();
  const load = useLeadsForExport();
  const options: ExportCsvOption[] = [
    ...presets.map((preset) => ({
      id: preset,
      label: t(`export.presets.${preset}`),
      table: async () => leadsToCsvTable(await load(query), preset),
    })),
    {
      id: 'marketing',
      label: t('export.marketing'),
      table: async () => leadsToCsvTable(await load(query, { consentOnly: true }), 'fieldbook'),
    },
  ];
  return <ExportCsvButton fileBase="leads" options={options} />;
}
