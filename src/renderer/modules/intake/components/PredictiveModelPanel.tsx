import { Alert, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PredictiveModelValue } from '../../../../shared/predictive/predictiveModelSchema.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { useCommand } from '../../../ui/useCommand.ts';
import { errorMessage } from '../../leads/utils/errorMessage.ts';
import { factorLabel } from '../utils/factorLabel.ts';

const percent = (value: number) => `${Math.round(value * 100)} %`;

export type PredictiveModelPanelProps = {
  model: PredictiveModelValue | undefined;
  canEdit: boolean;
  onRetrain: () => Promise<PredictiveModelValue>;
};

/** The learned model's state and honest quality (held-out AUC, calibration), and "Retrain now". */
export function PredictiveModelPanel({ model, canEdit, onRetrain }: PredictiveModelPanelProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { run, busy } = useCommand(errorMessage);
  const handleRetrain = () => run(onRetrain);
  const quality = model?.quality;
  return (
    <Stack gap="md">
      {canEdit && (
        <Group>
          <Button loading={busy} onClick={() => void handleRetrain()}>
            {busy ? t('intake.model.retraining') : t('intake.model.retrain')}
          </Button>
        </Group>
      )}
      {!model && <Text c="dimmed">{t('intake.model.none')}</Text>}
      {model?.status === 'insufficientHistory' && (
        <Alert color="yellow" role="status">
          {t('intake.model.insufficient', {
            examples: model.examples,
            minimum: model.minimumExamples,
          })}
        </Alert>
      )}
      {model?.status === 'trained' && quality && (
        <Card withBorder radius="lg" padding="lg">
          <Stack gap="sm">
            <Text role="status">
              {t('intake.model.trained', {
                date: format.date(model.trainedAt),
                examples: quality.examples,
                positives: quality.positives,
              })}
            </Text>
            <Title order={2} fz="lg">
              {t('intake.model.auc', { auc: quality.heldOutAuc.toFixed(2) })}
            </Title>
            <Text size="sm" c="dimmed">
              {t('intake.model.aucHint', { heldOut: quality.heldOut })}
            </Text>
            <Title order={3} fz="md" mt="sm">
              {t('intake.model.calibration')}
            </Title>
            <Table aria-label={t('intake.model.calibration')} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('intake.model.binRange')}</Table.Th>
                  <Table.Th>{t('intake.model.binCount')}</Table.Th>
                  <Table.Th>{t('intake.model.binPredicted')}</Table.Th>
                  <Table.Th>{t('intake.model.binObserved')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {quality.calibration.map((bin) => (
                  <Table.Tr key={bin.from}>
                    <Table.Td>{`${percent(bin.from)} – ${percent(bin.to)}`}</Table.Td>
                    <Table.Td>{bin.count}</Table.Td>
                    <Table.Td>{bin.count ? percent(bin.meanPredicted) : '—'}</Table.Td>
                    <Table.Td>{bin.count ? percent(bin.observedRate) : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Title order={3} fz="md" mt="sm">
              {t('intake.model.topWeights')}
            </Title>
            <Stack gap={2} component="ul" style={{ margin: 0, paddingLeft: 18 }}>
              {(model.model?.weights ?? []).slice(0, 6).map((entry) => (
                <Text component="li" size="sm" key={entry.feature}>
                  {`${factorLabel(entry.feature, t)} (${entry.weight > 0 ? '+' : ''}${entry.weight.toFixed(2)})`}
                </Text>
              ))}
            </Stack>
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
