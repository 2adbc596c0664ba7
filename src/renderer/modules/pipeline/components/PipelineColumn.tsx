import { Badge, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Opportunity, OpportunityStage } from '../../../../shared/domain/opportunity.ts';
import type { StageTotal } from '../../../../shared/pipeline/stageTotals.ts';
import { useMoneyFormat } from '../hooks/useMoneyFormat.ts';
import classes from './PipelineBoard.module.css';
import { StageCardList } from './StageCardList.tsx';

export type PipelineColumnProps = {
  total: StageTotal;
  opportunities: Opportunity[];
  accountNames: ReadonlyMap<string, string>;
  ownerName: (ownerId: string) => string;
  stageName: (stage: OpportunityStage) => string;
  onDropOpportunity: (id: string, to: OpportunityStage) => void;
  onMove: (opportunity: Opportunity, to: OpportunityStage) => void;
  onStep: (opportunity: Opportunity, direction: -1 | 1) => void;
  /** A deal to bring into view and focus when it is in this column. */
  focusId: string | undefined;
  onFocused: () => void;
};

/** One stage: its name, count and per-currency total, then its deals; a drop target for cards. */
export function PipelineColumn({
  total,
  opportunities,
  accountNames,
  ownerName,
  stageName: nameOfStage,
  onDropOpportunity,
  onMove,
  onStep,
  focusId,
  onFocused,
}: PipelineColumnProps) {
  const { t } = useTranslation();
  const formatMoney = useMoneyFormat();
  const [dropTarget, setDropTarget] = useState(false);
  const stageName = nameOfStage(total.stage);
  const headingId = `stage-${total.stage}`;
  const listLabel = t('pipeline.pipeline.column', { stage: stageName, count: total.count });

  return (
    <section
      className={classes.column}
      aria-labelledby={headingId}
      data-stage={total.stage}
      data-drop-target={dropTarget || undefined}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setDropTarget(true);
      }}
      onDragLeave={() => setDropTarget(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDropTarget(false);
        const id = event.dataTransfer.getData('text/plain');
        if (id) onDropOpportunity(id, total.stage);
      }}
    >
      <Stack gap={2} className={classes.columnHeader}>
        <Group justify="space-between" wrap="nowrap">
          <Text component="h2" id={headingId} fw={650} size="sm" m={0}>
            {stageName}
          </Text>
          {/* White on the column's grey (a light grey badge vanished into it); it never shrinks
              (a long stage name squeezed it down to an empty pill). */}
          <Badge
            size="sm"
            variant="white"
            color="dark"
            style={{ flexShrink: 0 }}
            aria-label={t('pipeline.pipeline.count', { count: total.count })}
          >
            {total.count}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed" data-testid={`stage-total-${total.stage}`}>
          {total.amounts.length === 0
            ? '—'
            : total.amounts.map((item) => formatMoney(item.amount)).join(' · ')}
        </Text>
      </Stack>
      {opportunities.length === 0 ? (
        <ul className={classes.empty} aria-label={listLabel}>
          <Text component="li" size="xs" c="dimmed" ta="center" py="md">
            {t('pipeline.pipeline.empty')}
          </Text>
        </ul>
      ) : (
        <StageCardList
          label={listLabel}
          opportunities={opportunities}
          accountNames={accountNames}
          ownerName={ownerName}
          stageName={nameOfStage}
          onMove={onMove}
          onStep={onStep}
          focusId={focusId}
          onFocused={onFocused}
        />
      )}
    </section>
  );
}
