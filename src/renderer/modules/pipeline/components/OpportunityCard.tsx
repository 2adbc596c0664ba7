import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { type KeyboardEvent, memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Opportunity, OpportunityStage } from '../../../../shared/domain/opportunity.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { paths } from '../../../routes.tsx';
import { StageMenu } from '../../opportunities/components/StageMenu.tsx';
import { useMoneyFormat } from '../hooks/useMoneyFormat.ts';
import classes from './PipelineBoard.module.css';

export type OpportunityCardProps = {
  opportunity: Opportunity;
  accountName: string | undefined;
  ownerName: string;
  stageName: (stage: OpportunityStage) => string;
  onMove: (opportunity: Opportunity, to: OpportunityStage) => void;
  onStep: (opportunity: Opportunity, direction: -1 | 1) => void;
};

/** A deal on the board: drag it to another column, or focus it and press ← / →, or use its menu. */
export const OpportunityCard = memo(function OpportunityCard({
  opportunity,
  accountName,
  ownerName,
  stageName,
  onMove,
  onStep,
}: OpportunityCardProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const formatMoney = useMoneyFormat();
  const amount = formatMoney(opportunity.amount);

  const handleKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      onStep(opportunity, event.key === 'ArrowRight' ? 1 : -1);
    }
  };

  return (
    <Paper
      component="article"
      className={classes.card}
      withBorder
      radius="md"
      p="sm"
      tabIndex={0}
      draggable
      data-opportunity-id={opportunity.id}
      aria-label={t('pipeline.pipeline.card', {
        name: opportunity.name,
        amount,
        stage: stageName(opportunity.stage),
      })}
      aria-describedby="pipeline-keyboard-hint"
      onKeyDown={handleKeyDown}
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', opportunity.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
    >
      <Stack gap={4}>
        <Anchor
          component={Link}
          to={paths.opportunity(opportunity.id)}
          fw={600}
          size="sm"
          lineClamp={2}
        >
          {opportunity.name}
        </Anchor>
        {accountName && (
          <Text size="xs" c="dimmed" lineClamp={1}>
            {accountName}
          </Text>
        )}
        <Text size="sm" fw={600}>
          {amount}
        </Text>
        <Group justify="space-between" gap={4} wrap="nowrap">
          {/* The date never wraps; a long owner name gives way (ellipsis, full name on hover). */}
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
            {format.date(opportunity.expectedCloseDate)}
          </Text>
          <Text size="xs" c="dimmed" truncate="end" title={ownerName} style={{ minWidth: 0 }}>
            {ownerName}
          </Text>
        </Group>
        <Group justify="flex-end">
          <StageMenu
            compact
            stage={opportunity.stage}
            stageName={stageName}
            label={t('pipeline.opportunities.moveCard', { name: opportunity.name })}
            onMove={(to) => onMove(opportunity, to)}
          />
        </Group>
      </Stack>
    </Paper>
  );
});
