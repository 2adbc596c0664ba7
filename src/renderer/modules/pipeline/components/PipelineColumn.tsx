import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Opportunity, OpportunityStage } from '../../../../shared/domain/opportunity.ts';
import type { StageTotal } from '../../../../shared/pipeline/stageTotals.ts';
import { useMoneyFormat } from '../hooks/useMoneyFormat.ts';
import { OpportunityCard } from './OpportunityCard.tsx';
import classes from './PipelineBoard.module.css';

// A screenful and some per column: with 5,000 deals, rendering every card (or even 60 per column,
// each with its stage menu) kept the first paint well over a second. "N more" adds a page.
const firstCards = 12;
const moreCards = 30;

export type PipelineColumnProps = {
  total: StageTotal;
  opportunities: Opportunity[];
  accountNames: ReadonlyMap<string, string>;
  ownerName: (ownerId: string) => string;
  stageName: (stage: OpportunityStage) => string;
  onDropOpportunity: (id: string, to: OpportunityStage) => void;
  onMove: (opportunity: Opportunity, to: OpportunityStage) => void;
  onStep: (opportunity: Opportunity, direction: -1 | 1) => void;
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
}: PipelineColumnProps) {
  const { t } = useTranslation();
  const formatMoney = useMoneyFormat();
  const [dropTarget, setDropTarget] = useState(false);
  const [visibleCards, setVisibleCards] = useState(firstCards);
  const stageName = nameOfStage(total.stage);
  const headingId = `stage-${total.stage}`;

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
          <Badge
            size="sm"
            variant="light"
            color="gray"
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
      <ul
        className={classes.cards}
        aria-label={t('pipeline.pipeline.column', { stage: stageName, count: total.count })}
      >
        {opportunities.slice(0, visibleCards).map((opportunity) => (
          <li key={opportunity.id}>
            <OpportunityCard
              opportunity={opportunity}
              accountName={accountNames.get(opportunity.accountId)}
              ownerName={ownerName(opportunity.ownerId)}
              stageName={nameOfStage}
              onMove={onMove}
              onStep={onStep}
            />
          </li>
        ))}
        {opportunities.length > visibleCards && (
          <li>
            <Button
              variant="subtle"
              color="gray"
              size="compact-xs"
              fullWidth
              onClick={() => setVisibleCards((count) => count + moreCards)}
            >
              {t('pipeline.pipeline.more', { count: opportunities.length - visibleCards })}
            </Button>
          </li>
        )}
        {opportunities.length === 0 && (
          <Text component="li" size="xs" c="dimmed" ta="center" py="md">
            {t('pipeline.pipeline.empty')}
          </Text>
        )}
      </ul>
    </section>
  );
}
