import { VisuallyHidden } from '@mantine/core';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Opportunity,
  type OpportunityStage,
  opportunityStages,
} from '../../../../shared/domain/opportunity.ts';
import { stageTotals } from '../../../../shared/pipeline/stageTotals.ts';
import { isClosedStage } from '../../../../shared/workflow/opportunityWorkflow.ts';
import { useStageMove } from '../../opportunities/hooks/useStageMove.tsx';
import { useStageName } from '../../opportunities/hooks/useStageName.ts';
import { useStableRecords } from '../hooks/useStableRecords.ts';
import classes from './PipelineBoard.module.css';
import { PipelineColumn } from './PipelineColumn.tsx';

export type PipelineBoardProps = {
  opportunities: Opportunity[];
  accountNames: ReadonlyMap<string, string>;
  ownerName: (ownerId: string) => string;
};

const closedOn = (deal: Opportunity) => deal.closedAt?.slice(0, 10) ?? deal.expectedCloseDate;
const latestClosedFirst = (a: Opportunity, b: Opportunity) =>
  closedOn(b).localeCompare(closedOn(a)) || (b.closedAt ?? '').localeCompare(a.closedAt ?? '');

/** The kanban: one column per stage with totals; cards move by drag, arrow keys or a menu. */
export function PipelineBoard({
  opportunities: rows,
  accountNames,
  ownerName,
}: PipelineBoardProps) {
  const { t } = useTranslation();
  const { move, dialog } = useStageMove();
  const stageName = useStageName();
  // Unchanged deals keep their objects and the handlers stay the same, so after a move only the
  // moved card re-renders, not the hundreds on screen.
  const opportunities = useStableRecords(rows);
  const moveRef = useRef(move);
  useLayoutEffect(() => {
    moveRef.current = move;
  });
  // Each column's deals and totals from one pass over the deals. Open stages list the soonest
  // close first; closed ones the latest (what was just won or lost), not last year's.
  const columns = useMemo(
    () =>
      stageTotals(opportunities).map((column) =>
        isClosedStage(column.stage)
          ? { ...column, opportunities: [...column.opportunities].sort(latestClosedFirst) }
          : column,
      ),
    [opportunities],
  );

  // After a move the card is a new element in another column, maybe below the cards in view:
  // that column scrolls to it and focuses it, so a keyboard user stays on the deal.
  const [focusId, setFocusId] = useState<string>();
  const handleFocused = useCallback(() => setFocusId(undefined), []);
  const handleMove = useCallback((opportunity: Opportunity, to: OpportunityStage) => {
    void moveRef.current(opportunity, to).then((moved) => moved && setFocusId(opportunity.id));
  }, []);
  const handleStep = useCallback(
    (opportunity: Opportunity, direction: -1 | 1) => {
      const to = opportunityStages[opportunityStages.indexOf(opportunity.stage) + direction];
      if (to) handleMove(opportunity, to);
    },
    [handleMove],
  );
  const handleDrop = useCallback(
    (id: string, to: OpportunityStage) => {
      const opportunity = opportunities.find((item) => item.id === id);
      if (opportunity) handleMove(opportunity, to);
    },
    [opportunities, handleMove],
  );

  return (
    <>
      <VisuallyHidden id="pipeline-keyboard-hint">
        {t('pipeline.pipeline.keyboardHint')}
      </VisuallyHidden>
      <section className={classes.board} aria-label={t('pipeline.pipeline.board')}>
        {columns.map((column) => (
          <PipelineColumn
            key={column.stage}
            total={column}
            opportunities={column.opportunities}
            accountNames={accountNames}
            ownerName={ownerName}
            stageName={stageName}
            onDropOpportunity={handleDrop}
            onMove={handleMove}
            onStep={handleStep}
            focusId={focusId}
            onFocused={handleFocused}
          />
        ))}
      </section>
      {dialog}
    </>
  );
}
