import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/account.ts';
import type { Contact } from '../../../../shared/domain/contact.ts';
import type { Opportunity } from '../../../../shared/domain/opportunity.ts';
import type { CsvColumnSetId } from '../../../../shared/intake/recordCsvPresets.ts';
import {
  accountsToCsvTable,
  contactsToCsvTable,
  opportunitiesToCsvTable,
} from '../../../../shared/intake/recordsToCsvTable.ts';
import { ExportCsvButton } from './ExportCsvButton.tsx';

const columnSets: readonly CsvColumnSetId[] = ['fieldbook', 'salesforce', 'hubspot'];

/** Exports the accounts the list shows, in a CRM's column set. */
export function AccountExportButton({ rows }: { rows: readonly Account[] }) {
  const { t } = useTranslation();
  return (
    <ExportCsvButton
      fileBase="accounts"
      disabled={rows.length === 0}
      options={columnSets.map((id) => ({
        id,
        label: t(`export.presets.${id}`),
        table: () => accountsToCsvTable(rows, id),
      }))}
    />
  );
}

/** Exports the contacts the list shows, with their account's name. */
export function ContactExportButton({
  rows,
  accountNames,
}: {
  rows: readonly Contact[];
  accountNames: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <ExportCsvButton
      fileBase="contacts"
      disabled={rows.length === 0}
      options={columnSets.map((id) => ({
        id,
        label: t(`export.presets.${id}`),
        table: () => contactsToCsvTable(rows, id, (accountId) => accountNames.get(accountId) ?? ''),
      }))}
    />
  );
}

/** Exports the deals the board shows (owner and close-date filters applied). */
export function OpportunityExportButton({
  rows,
  accountNames,
  ownerName,
}: {
  rows: readonly Opportunity[];
  accountNames: ReadonlyMap<string, string>;
  ownerName: (ownerId: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <ExportCsvButton
      fileBase="opportunities"
      disabled={rows.length === 0}
      options={columnSets.map((id) => ({
        id,
        label: t(`export.presets.${id}`),
        table: () =>
          opportunitiesToCsvTable(rows, id, {
            account: (accountId) => accountNames.get(accountId) ?? '',
            owner: ownerName,
            stage: (stage) => (id === 'fieldbook' ? stage : t(`pipeline.stages.${stage}`)),
          }),
      }))}
    />
  );
}
