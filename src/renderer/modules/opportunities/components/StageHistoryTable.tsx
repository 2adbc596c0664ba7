import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StageChange } from '../../../../shared/domain/opportunity.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { useStageName } from '../hooks/useStageName.ts';

export type StageHistoryTableProps = {
  history: readonly StageChange[];
  ownerName: (userId: string) => string;
};

/** Every stage change of a deal, newest first: when, who, from, to and why. */
export function StageHistoryTable({ history, ownerName }: StageHistoryTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const stageName = useStageName();
  if (history.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('pipeline.opportunities.noHistory')}
      </Text>
    );
  }
  const columns = ['at', 'by', 'from', 'to', 'reason'] as const;
  return (
    <Table verticalSpacing="xs" aria-label={t('pipeline.opportunities.history')}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column) => (
            <Table.Th key={column}>{t(`pipeline.opportunities.historyColumns.${column}`)}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {[...history].reverse().map((change) => (
          <Table.Tr key={`${change.at}-${change.to}`}>
            <Table.Td fz="sm">{format.dateTime(change.at)}</Table.Td>
            <Table.Td fz="sm">{ownerName(change.by)}</Table.Td>
            <Table.Td fz="sm">{stageName(change.from)}</Table.Td>
            <Table.Td fz="sm" fw={600}>
              {stageName(change.to)}
            </Table.Td>
            <Table.Td fz="sm">{change.reason ?? ''}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
