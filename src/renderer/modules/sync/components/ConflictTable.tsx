import { Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowBackUp, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ConflictEntry } from '../../../data/index.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { fieldLabel } from '../utils/fieldLabel.ts';
import { formatSyncValue } from '../utils/formatSyncValue.ts';
import { RecordLabel } from './RecordLabel.tsx';

export type ConflictTableProps = {
  conflicts: ConflictEntry[];
  onReapply: (id: string) => void;
  onDismiss: (id: string) => void;
  busyId: string | undefined;
};

/** The Conflicts inbox: per lost value the field, both values, when, and what to do about it. */
export function ConflictTable({ conflicts, onReapply, onDismiss, busyId }: ConflictTableProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const show = (entry: ConflictEntry, value: unknown) =>
    entry.path === '_deleted'
      ? value === true
        ? t('sync.conflicts.deleted')
        : t('sync.conflicts.empty')
      : (formatSyncValue(value) ?? t('sync.conflicts.empty'));

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover aria-label={t('sync.conflicts.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('sync.conflicts.record')}</Table.Th>
            <Table.Th>{t('sync.conflicts.field')}</Table.Th>
            <Table.Th>{t('sync.conflicts.kept')}</Table.Th>
            <Table.Th>{t('sync.conflicts.lost')}</Table.Th>
            <Table.Th>{t('sync.conflicts.when')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('sync.conflicts.reapply')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {conflicts.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>
                <RecordLabel collection={entry.collection} id={entry.docId} />
              </Table.Td>
              <Table.Td>{fieldLabel(i18n, entry.collection, entry.path)}</Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {show(entry, entry.keptValue)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`sync.conflicts.keptFrom.${entry.kept}`)}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {show(entry, entry.lostValue)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {format.dateTime(entry.at)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap" justify="flex-end">
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconArrowBackUp size={14} />}
                    loading={busyId === entry.id}
                    onClick={() => onReapply(entry.id)}
                  >
                    {t('sync.conflicts.reapply')}
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="gray"
                    leftSection={<IconX size={14} />}
                    onClick={() => onDismiss(entry.id)}
                  >
                    {t('sync.conflicts.dismiss')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
