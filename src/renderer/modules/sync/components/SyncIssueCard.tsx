import { Button, Card, CopyButton, Group, Stack, Table, Text } from '@mantine/core';
import { IconCheck, IconCopy, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SyncIssue } from '../../../data/index.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { fieldLabel } from '../utils/fieldLabel.ts';
import { visibleSyncValues } from '../utils/formatSyncValue.ts';
import { issueReason } from '../utils/issueReason.ts';
import { RecordLabel } from './RecordLabel.tsx';

export type SyncIssueCardProps = { issue: SyncIssue; onDismiss: (id: string) => void };

/** One refused write: which record, why, and every value the person had entered. */
export function SyncIssueCard({ issue, onDismiss }: SyncIssueCardProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const rows = visibleSyncValues(issue.values);
  const labelled = rows.map(([field, value]) => [fieldLabel(i18n, issue.collection, field), value]);
  const copyText = labelled.map(([label, value]) => `${label}: ${value}`).join('\n');
  const titleId = `sync-issue-${issue.id}`;

  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} id={titleId}>
            <RecordLabel collection={issue.collection} id={issue.docId} />
            <Text size="xs" c="dimmed">
              {t('sync.issues.at', { time: format.dateTime(issue.at) })}
            </Text>
          </Stack>
          <Group gap="xs" wrap="nowrap">
            <CopyButton value={copyText}>
              {({ copied, copy }) => (
                <Button
                  size="xs"
                  variant="default"
                  leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                  onClick={copy}
                >
                  {copied ? t('sync.issues.copied') : t('sync.issues.copy')}
                </Button>
              )}
            </CopyButton>
            <Button
              size="xs"
              variant="subtle"
              color="gray"
              leftSection={<IconX size={14} />}
              onClick={() => onDismiss(issue.id)}
            >
              {t('sync.issues.dismiss')}
            </Button>
          </Group>
        </Group>
        <Text size="sm">
          <Text span fw={600}>
            {t('sync.issues.reason')}:{' '}
          </Text>
          {issueReason(i18n, issue)}
        </Text>
        {labelled.length > 0 && (
          <Table
            withTableBorder
            layout="fixed"
            fz="sm"
            verticalSpacing={4}
            aria-label={t('sync.issues.yourValues')}
          >
            <Table.Tbody>
              {labelled.map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Th w="35%" fw={500} c="dimmed">
                    {label}
                  </Table.Th>
                  <Table.Td style={{ userSelect: 'text', overflowWrap: 'anywhere' }}>
                    {value}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
