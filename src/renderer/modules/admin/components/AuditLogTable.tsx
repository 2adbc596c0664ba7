import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/audit/auditEntry.ts';
import { formatDateTime } from '../utils/formatDateTime.ts';
import { AuditChangeList } from './AuditChangeList.tsx';

/** Audit entries, newest first: when, what, who and from which device, and the fields changed. */
export function AuditLogTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-label={t('admin.audit.table')} verticalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('admin.audit.at')}</Table.Th>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('admin.audit.action')}</Table.Th>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('admin.audit.actor')}</Table.Th>
            <Table.Th>{t('admin.audit.record')}</Table.Th>
            <Table.Th>{t('admin.audit.changes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDateTime(entry.at, i18n.language)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {t(`admin.audit.actions.${entry.action}`)}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{entry.actorName ?? entry.actorId ?? '—'}</Text>
                {entry.deviceId && (
                  <Text size="xs" c="dimmed">
                    {t('admin.audit.device', { device: entry.deviceId.slice(0, 8) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {entry.collection ? (
                  <>
                    <Text size="sm">{t(`admin.audit.collections.${entry.collection}`)}</Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {entry.recordId}
                    </Text>
                  </>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                <AuditChangeList changes={entry.changes ?? []} />
                {entry.reason && (
                  <Text size="xs" c="dimmed">
                    {entry.reason}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
