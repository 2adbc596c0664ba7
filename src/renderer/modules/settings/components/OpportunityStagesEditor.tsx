import { Alert, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type OpportunityStage, opportunityStages } from '../../../../shared/domain/opportunity.ts';
import type { OpportunityStagesValue } from '../../../../shared/domain/setting.ts';
import { stageProbability } from '../../../../shared/pipeline/stageProbabilities.ts';
import { useRowsDraft } from '../../../ui/useRowsDraft.ts';
import { errorMessage } from '../../leads/utils/errorMessage.ts';

export type OpportunityStagesEditorProps = {
  stages: OpportunityStagesValue;
  canEdit: boolean;
  onSave: (value: OpportunityStagesValue) => Promise<void>;
};

type StageRow = { stage: OpportunityStage; zh: string; en: string; probability: string };
type RowError = 'labelRequired' | 'probabilityInvalid';

const fixedStages = new Set<OpportunityStage>(['closed_won', 'closed_lost']);

function rowsOf(value: OpportunityStagesValue): StageRow[] {
  return opportunityStages.map((stage) => {
    const item = value.stages.find((candidate) => candidate.stage === stage);
    return {
      stage,
      zh: item?.label.zh ?? '',
      en: item?.label.en ?? '',
      probability: String(stageProbability(stage, value)),
    };
  });
}

function readRows(
  rows: readonly StageRow[],
): { ok: true; value: OpportunityStagesValue } | { ok: false; errors: Map<string, RowError> } {
  const errors = new Map<string, RowError>();
  const stages = rows.map((row) => {
    const probability = /^\d{1,3}$/.test(row.probability.trim())
      ? Number(row.probability)
      : Number.NaN;
    if (!row.zh.trim() && !row.en.trim()) errors.set(row.stage, 'labelRequired');
    else if (!(probability >= 0 && probability <= 100)) errors.set(row.stage, 'probabilityInvalid');
    return {
      stage: row.stage,
      label: { zh: row.zh.trim(), en: row.en.trim() },
      probability,
    };
  });
  return errors.size > 0
    ? { ok: false, errors }
    : { ok: true, value: { kind: 'opportunityStages', stages } };
}

/** The stage names (zh and en) and default probabilities; won and lost stay 100 % and 0 %. */
export function OpportunityStagesEditor({ stages, canEdit, onSave }: OpportunityStagesEditorProps) {
  const { t } = useTranslation();
  const { rows, draft, setDraft, errors, save, saving } = useRowsDraft({
    stored: stages,
    toRows: rowsOf,
    readRows,
    onSave,
    describeError: errorMessage,
    savedMessage: t('pipeline.settings.saved'),
  });
  const readOnly = !canEdit;

  const update = (stage: OpportunityStage, patch: Partial<StageRow>) =>
    setDraft(rows.map((row) => (row.stage === stage ? { ...row, ...patch } : row)));

  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="sm">
        <div>
          <Title order={2} fz={18}>
            {t('pipeline.stageSettings.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('pipeline.stageSettings.description')}
          </Text>
        </div>
        {readOnly && (
          <Alert icon={<IconLock size={18} />} color="gray" variant="light">
            {t('pipeline.settings.readOnly')}
          </Alert>
        )}
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label={t('pipeline.stageSettings.table')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('pipeline.stageSettings.stage')}</Table.Th>
                <Table.Th>{t('pipeline.stageSettings.labelZh')}</Table.Th>
                <Table.Th>{t('pipeline.stageSettings.labelEn')}</Table.Th>
                <Table.Th>{t('pipeline.stageSettings.probability')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => {
                const stageName = t(`pipeline.stages.${row.stage}`);
                const error = errors?.get(row.stage);
                return (
                  <Table.Tr key={row.stage}>
                    <Table.Th scope="row" fw={500}>
                      {stageName}
                    </Table.Th>
                    <Table.Td>
                      <TextInput
                        aria-label={t('pipeline.stageSettings.labelFor', {
                          stage: stageName,
                          language: t('pipeline.stageSettings.labelZh'),
                        })}
                        value={row.zh}
                        disabled={readOnly}
                        error={
                          error === 'labelRequired' &&
                          t('pipeline.stageSettings.errors.labelRequired')
                        }
                        onChange={(event) => update(row.stage, { zh: event.currentTarget.value })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={t('pipeline.stageSettings.labelFor', {
                          stage: stageName,
                          language: t('pipeline.stageSettings.labelEn'),
                        })}
                        value={row.en}
                        disabled={readOnly}
                        onChange={(event) => update(row.stage, { en: event.currentTarget.value })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={t('pipeline.stageSettings.probabilityFor', {
                          stage: stageName,
                        })}
                        inputMode="numeric"
                        w={100}
                        value={row.probability}
                        disabled={readOnly || fixedStages.has(row.stage)}
                        error={
                          error === 'probabilityInvalid' &&
                          t('pipeline.stageSettings.errors.probabilityInvalid')
                        }
                        onChange={(event) =>
                          update(row.stage, { probability: event.currentTarget.value })
                        }
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {canEdit && (
          <Group justify="flex-end" gap="sm">
            {draft && (
              <Button variant="subtle" color="gray" onClick={() => setDraft(undefined)}>
                {t('pipeline.settings.reset')}
              </Button>
            )}
            <Button onClick={() => void save()} loading={saving} disabled={!draft}>
              {t('pipeline.stageSettings.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
