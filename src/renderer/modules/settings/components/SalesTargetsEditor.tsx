import {
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconLock, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SalesTargetsValue } from '../../../../shared/domain/setting.ts';
import { newId } from '../../../../shared/ids/newId.ts';
import { useRowsDraft } from '../../../ui/useRowsDraft.ts';
import { errorMessage } from '../../leads/utils/errorMessage.ts';
import { readTargetRows, type TargetDraftRow, targetRows } from '../utils/targetDraft.ts';

export type SubjectOption = { value: string; label: string };

export type SalesTargetsEditorProps = {
  targets: SalesTargetsValue;
  canEdit: boolean;
  onSave: (value: SalesTargetsValue) => Promise<void>;
  owners: SubjectOption[];
  teams: SubjectOption[];
  /** The owner and month a new row starts with. */
  defaults: { ownerId: string; month: string; currency: string };
};

const commonCurrencies = ['CNY', 'USD', 'EUR', 'JPY', 'HKD', 'GBP'];

/** Monthly targets per owner or team as an editable list; problems show per row when saving. */
export function SalesTargetsEditor({
  targets,
  canEdit,
  onSave,
  owners,
  teams,
  defaults,
}: SalesTargetsEditorProps) {
  const { t } = useTranslation();
  // Untouched, the list follows the stored setting live; the first edit starts a draft.
  const { rows, draft, setDraft, errors, save, saving } = useRowsDraft({
    stored: targets,
    toRows: targetRows,
    readRows: readTargetRows,
    onSave,
    describeError: errorMessage,
    savedMessage: t('pipeline.settings.saved'),
  });
  const readOnly = !canEdit;
  const currencies = useMemo(
    () => [...new Set([...commonCurrencies, ...rows.map((row) => row.currency)])],
    [rows],
  );

  const update = (id: string, patch: Partial<TargetDraftRow>) =>
    setDraft(rows.map((row) => (row.id === id ? { ...row, ...patch } : row)));
  const handleAdd = () =>
    setDraft([
      ...rows,
      {
        id: newId(Date.now()),
        month: defaults.month,
        scope: 'owner',
        subjectId: defaults.ownerId,
        currency: rows.at(-1)?.currency ?? defaults.currency,
        amountText: '',
      },
    ]);

  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="sm">
        <div>
          <Title order={2} fz={18}>
            {t('pipeline.targets.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('pipeline.targets.description')}
          </Text>
        </div>
        {readOnly && (
          <Alert icon={<IconLock size={18} />} color="gray" variant="light">
            {t('pipeline.settings.readOnly')}
          </Alert>
        )}
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('pipeline.targets.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table aria-label={t('pipeline.targets.table')} verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('pipeline.targets.month')}</Table.Th>
                  <Table.Th>{t('pipeline.targets.scope')}</Table.Th>
                  <Table.Th>{t('pipeline.targets.subject')}</Table.Th>
                  <Table.Th>{t('pipeline.targets.currency')}</Table.Th>
                  <Table.Th>{t('pipeline.targets.amount')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row, index) => {
                  const label = (field: string) =>
                    `${t(`pipeline.targets.${field}`)} (${t('pipeline.targets.row', { index: index + 1 })})`;
                  const error = errors?.get(row.id);
                  const subjects = row.scope === 'team' ? teams : owners;
                  const known = subjects.some((option) => option.value === row.subjectId);
                  return (
                    <Table.Tr key={row.id}>
                      <Table.Td>
                        <TextInput
                          type="month"
                          aria-label={label('month')}
                          value={row.month}
                          disabled={readOnly}
                          error={
                            error === 'monthRequired' && t('pipeline.targets.errors.monthRequired')
                          }
                          onChange={(event) => update(row.id, { month: event.currentTarget.value })}
                        />
                      </Table.Td>
                      <Table.Td>
                        <NativeSelect
                          aria-label={label('scope')}
                          value={row.scope}
                          disabled={readOnly}
                          data={[
                            { value: 'owner', label: t('pipeline.targets.scopes.owner') },
                            { value: 'team', label: t('pipeline.targets.scopes.team') },
                          ]}
                          onChange={(event) =>
                            update(row.id, {
                              scope: event.currentTarget.value === 'team' ? 'team' : 'owner',
                              subjectId: '',
                            })
                          }
                        />
                      </Table.Td>
                      <Table.Td>
                        <NativeSelect
                          aria-label={label('subject')}
                          value={row.subjectId}
                          disabled={readOnly}
                          error={
                            (error === 'subjectRequired' || error === 'duplicateTarget') &&
                            t(`pipeline.targets.errors.${error}`)
                          }
                          data={[
                            { value: '', label: '—' },
                            ...subjects,
                            ...(known || !row.subjectId
                              ? []
                              : [{ value: row.subjectId, label: row.subjectId }]),
                          ]}
                          onChange={(event) =>
                            update(row.id, { subjectId: event.currentTarget.value })
                          }
                        />
                      </Table.Td>
                      <Table.Td>
                        <NativeSelect
                          aria-label={label('currency')}
                          value={row.currency}
                          disabled={readOnly}
                          error={
                            error === 'unknownCurrency' &&
                            t('pipeline.targets.errors.unknownCurrency')
                          }
                          data={currencies}
                          onChange={(event) =>
                            update(row.id, { currency: event.currentTarget.value })
                          }
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={label('amount')}
                          inputMode="decimal"
                          value={row.amountText}
                          disabled={readOnly}
                          error={
                            (error === 'amountInvalid' || error === 'duplicateId') &&
                            t(`pipeline.targets.errors.${error}`)
                          }
                          onChange={(event) =>
                            update(row.id, { amountText: event.currentTarget.value })
                          }
                        />
                      </Table.Td>
                      <Table.Td>
                        {canEdit && (
                          <Button
                            variant="subtle"
                            color="red"
                            aria-label={t('pipeline.targets.remove', { index: index + 1 })}
                            onClick={() => setDraft(rows.filter((item) => item.id !== row.id))}
                          >
                            <IconTrash size={16} aria-hidden />
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {canEdit && (
          <Group justify="space-between">
            <Button variant="default" leftSection={<IconPlus size={16} />} onClick={handleAdd}>
              {t('pipeline.targets.add')}
            </Button>
            <Group gap="sm">
              {draft && (
                <Button variant="subtle" color="gray" onClick={() => setDraft(undefined)}>
                  {t('pipeline.settings.reset')}
                </Button>
              )}
              <Button onClick={() => void save()} loading={saving} disabled={!draft}>
                {t('pipeline.targets.save')}
              </Button>
            </Group>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
