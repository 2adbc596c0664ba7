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

  // Plain elements styled by the board's CSS module: a board shows dozens of cards at once, and
  // Mantine's layout components (Paper, Stack, Text, Group) cost most of its first render.
  return (
    <article
      className={classes.card}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the card takes focus for its ← / → moves (the hint it points to says so), as it did as a Mantine Paper.
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
      <Link to={paths.opportunity(opportunity.id)} className={classes.cardName}>
        {opportunity.name}
      </Link>
      {accountName && <span className={classes.cardAccount}>{accountName}</span>}
      <span className={classes.cardAmount}>{amount}</span>
      <span className={classes.cardMeta}>
        {/* The date never wraps; a long owner name gives way (ellipsis, full name on hover). */}
        <span className={classes.cardDate}>{format.date(opportunity.expectedCloseDate)}</span>
        <span className={classes.cardOwner} title={ownerName}>
          {ownerName}
        </span>
      </span>
      <span className={classes.cardActions}>
        <StageMenu
          compact
          stage={opportunity.stage}
          stageName={stageName}
          label={t('pipeline.opportunities.moveCard', { name: opportunity.name })}
          onMove={(to) => onMove(opportunity, to)}
        />
      </span>
    </article>
  );
});
