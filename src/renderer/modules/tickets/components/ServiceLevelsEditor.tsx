import {
  Alert,
  Button,
  Card,
  Group,
  List,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ServiceLevelsValue } from '../../../data/index.ts';
import { useRowsDraft } from '../../../ui/useRowsDraft.ts';
import { formatDuration } from '../utils/formatDuration.ts';
import {
  readServiceLevelRows,
  type ServiceLevelRow,
  serviceLevelChanges,
  serviceLevelRows,
} from '../utils/serviceLevelsDraft.ts';
import { ticketErrorMessage } from '../utils/ticketErrorMessage.ts';

export type ServiceLevelsEditorProps = {
  /** The stored targets; undefined when none are stored (the defaults apply). */
  serviceLevels: ServiceLevelsValue | undefined;
  canEdit: boolean;
  onSave: (value: ServiceLevelsValue) => Promise<void>;
};

/**
 * First-response and resolution targets per priority, in minutes; shows what a save changes
 * and refuses what the shared schema refuses.
 */
export function ServiceLevelsEditor({ serviceLevels, canEdit, onSave }: ServiceLevelsEditorProps) {
  const { t } = useTranslation();
  // Untouched, the table follows the stored setting live; the first edit starts a draft.
  const { rows, draft, setDraft, read, errors, save, saving } = useRowsDraft({
    stored: serviceLevels,
    toRows: serviceLevelRows,
    readRows: readServiceLevelRows,
    onSave,
    describeError: ticketErrorMessage,
    savedMessage: t('tickets.serviceLevels.saved'),
  });
  const changes = read.ok && draft ? serviceLevelChanges(serviceLevels, read.value) : [];
  const priorityName = (priority: string) => t(`tickets.priorities.${priority}`);

  const update = (index: number, patch: Partial<ServiceLevelRow>) =>
    setDraft(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));

  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="sm">
        <div>
          <Title order={2} fz={18}>
            {t('tickets.serviceLevels.table')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('tickets.serviceLevels.description')}
          </Text>
        </div>
        {!canEdit && (
          <Alert icon={<IconLock size={18} />} color="gray" variant="light">
            {t('tickets.serviceLevels.readOnly')}
          </Alert>
        )}
        {serviceLevels === undefined && (
          <Text size="sm" c="dimmed">
            {t('tickets.serviceLevels.usingDefaults')}
          </Text>
        )}
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label={t('tickets.serviceLevels.table')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tickets.serviceLevels.priority')}</Table.Th>
                <Table.Th>{t('tickets.serviceLevels.firstResponse')}</Table.Th>
                <Table.Th>{t('tickets.serviceLevels.resolution')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, index) => {
                const error = errors?.get(row.priority);
                const message = error && t(`tickets.serviceLevels.errors.${error.code}`);
                const hint = (text: string) => {
                  const value = Number(text);
                  return /^\d+$/u.test(text.trim()) && value > 0 ? formatDuration(value, t) : '';
                };
                return (
                  <Table.Tr key={row.priority}>
                    <Table.Td fw={600}>{priorityName(row.priority)}</Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={t('tickets.serviceLevels.firstResponseOf', {
                          priority: priorityName(row.priority),
                        })}
                        inputMode="numeric"
                        value={row.firstResponseText}
                        disabled={!canEdit}
                        description={hint(row.firstResponseText)}
                        inputWrapperOrder={['input', 'description', 'error']}
                        error={error?.target === 'firstResponse' && message}
                        onChange={(event) =>
                          update(index, { firstResponseText: event.currentTarget.value })
                        }
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={t('tickets.serviceLevels.resolutionOf', {
                          priority: priorityName(row.priority),
                        })}
                        inputMode="numeric"
                        value={row.resolutionText}
                        disabled={!canEdit}
                        description={hint(row.resolutionText)}
                        inputWrapperOrder={['input', 'description', 'error']}
                        error={error?.target === 'resolution' && message}
                        onChange={(event) =>
                          update(index, { resolutionText: event.currentTarget.value })
                        }
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {changes.length > 0 && (
          <section aria-label={t('tickets.serviceLevels.changes')}>
            <Text fw={600} size="sm" mb={4}>
              {t('tickets.serviceLevels.changes')}
            </Text>
            <List size="sm" spacing={2}>
              {changes.map((change) => (
                <List.Item key={`${change.priority}-${change.target}`}>
                  {t('tickets.serviceLevels.change', {
                    priority: priorityName(change.priority),
                    target: t(`tickets.sla.${change.target}`),
                    from: formatDuration(change.from, t),
                    to: formatDuration(change.to, t),
                  })}
                </List.Item>
              ))}
            </List>
          </section>
        )}
        {canEdit && (
          <Group justify="flex-end" gap="sm">
            {draft && (
              <Button variant="subtle" color="gray" onClick={() => setDraft(undefined)}>
                {t('tickets.serviceLevels.reset')}
              </Button>
            )}
            <Button onClick={() => void save()} loading={saving} disabled={!draft}>
              {t('tickets.serviceLevels.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
