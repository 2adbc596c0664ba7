import { Loader } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lead } from '../../../../shared/domain/lead.ts';
import type { LeadSort, LeadSortField } from '../hooks/useLeadListState.ts';
import classes from './LeadTable.module.css';
import { LeadTableHeader } from './LeadTableHeader.tsx';
import { LeadTableRow } from './LeadTableRow.tsx';

const rowHeight = 56;
// Ask for the next page while this many rows are still below the viewport.
const loadAheadRows = 30;

export type LeadTableProps = {
  rows: readonly Lead[];
  total: number | undefined;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  sort: LeadSort;
  onSort: (field: LeadSortField) => void;
  onOpen: (lead: Lead) => void;
};

/**
 * A table-like grid that renders only the rows in view, so 100k leads scroll like 100. Pages are
 * loaded on demand as the person nears the end of what is loaded.
 */
export function LeadTable({
  rows,
  total,
  hasMore,
  loading,
  onLoadMore,
  sort,
  onSort,
  onOpen,
}: LeadTableProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = rows.length + (hasMore ? 1 : 0);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    initialRect: { width: 1200, height: 800 },
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && !loading && lastIndex >= rows.length - loadAheadRows) onLoadMore();
  }, [hasMore, loading, lastIndex, rows.length, onLoadMore]);

  return (
    <div className={classes.table}>
      <div ref={scrollRef} className={classes.scroller}>
        <table
          className={classes.tableEl}
          aria-label={t('leads.title')}
          aria-rowcount={(total ?? rows.length) + 1}
        >
          <LeadTableHeader sort={sort} onSort={onSort} />
          <tbody className={classes.body} style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const lead = rows[item.index];
              const style = { height: item.size, transform: `translateY(${item.start}px)` };
              if (!lead) {
                return (
                  <tr key="loading" className={classes.row} style={style}>
                    <td className={classes.footer} style={{ gridColumn: '1 / -1' }}>
                      <Loader size="xs" mr="xs" aria-hidden />
                      {t('leads.list.loadingMore')}
                    </td>
                  </tr>
                );
              }
              return (
                <LeadTableRow
                  key={lead.id}
                  lead={lead}
                  rowIndex={item.index + 2}
                  style={style}
                  onOpen={onOpen}
                />
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
