import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef } from 'react';
import type { Opportunity, OpportunityStage } from '../../../../shared/domain/opportunity.ts';
import { OpportunityCard } from './OpportunityCard.tsx';
import classes from './PipelineBoard.module.css';

// A card's usual height; real heights are measured as cards render (names wrap, accounts vary).
const estimatedCardHeight = 150;
const cardGap = 8;

export type StageCardListProps = {
  label: string;
  opportunities: Opportunity[];
  accountNames: ReadonlyMap<string, string>;
  ownerName: (ownerId: string) => string;
  stageName: (stage: OpportunityStage) => string;
  onMove: (opportunity: Opportunity, to: OpportunityStage) => void;
  onStep: (opportunity: Opportunity, direction: -1 | 1) => void;
  /** A deal to bring into view and focus once it is in this column (after a keyboard move). */
  focusId: string | undefined;
  onFocused: () => void;
};

/**
 * One column's cards, virtualized: only the cards in view (and a few around them) are in the
 * DOM, so a column of 2,000 deals costs what a screenful does and scrolls through all of them.
 */
export function StageCardList({
  label,
  opportunities,
  accountNames,
  ownerName,
  stageName,
  onMove,
  onStep,
  focusId,
  onFocused,
}: StageCardListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: opportunities.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedCardHeight,
    getItemKey: (index) => opportunities[index]?.id ?? index,
    gap: cardGap,
    overscan: 2,
    // Before the list is measured (first render, and tests without layout): a screenful.
    initialRect: { width: 220, height: 700 },
  });

  // A deal moved here by keyboard may sit below the cards in view: scroll to it, then focus it.
  const focusIndex = focusId ? opportunities.findIndex((deal) => deal.id === focusId) : -1;
  useLayoutEffect(() => {
    if (focusIndex < 0 || !focusId) return;
    virtualizer.scrollToIndex(focusIndex, { align: 'auto' });
    const frame = requestAnimationFrame(() => {
      scrollRef.current
        ?.querySelector<HTMLElement>(`[data-opportunity-id="${CSS.escape(focusId)}"]`)
        ?.focus();
      onFocused();
    });
    return () => cancelAnimationFrame(frame);
  }, [focusIndex, focusId, virtualizer, onFocused]);

  return (
    <div ref={scrollRef} className={classes.cards}>
      <ul
        className={classes.cardList}
        aria-label={label}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const opportunity = opportunities[item.index];
          if (!opportunity) return null;
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              aria-setsize={opportunities.length}
              aria-posinset={item.index + 1}
              className={classes.cardItem}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <OpportunityCard
                opportunity={opportunity}
                accountName={accountNames.get(opportunity.accountId)}
                ownerName={ownerName(opportunity.ownerId)}
                stageName={stageName}
                onMove={onMove}
                onStep={onStep}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
