import { UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowsSort, IconArrowUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LeadSort, LeadSortField } from '../hooks/useLeadListState.ts';
import classes from './LeadTable.module.css';

type Column = { key: string; sortField?: LeadSortField };

// The data layer serves these sorts from indexes; other columns are not sortable on purpose.
const columns: Column[] = [
  { key: 'name', sortField: 'lastName' },
  { key: 'company', sortField: 'company' },
  { key: 'email' },
  { key: 'phone' },
  { key: 'status' },
  { key: 'rating' },
  { key: 'source' },
  { key: 'created', sortField: 'createdAt' },
];

export function LeadTableHeader({
  sort,
  onSort,
}: {
  sort: LeadSort;
  onSort: (field: LeadSortField) => void;
}) {
  const { t } = useTranslation();
  return (
    <thead className={classes.head}>
      <tr aria-rowindex={1} className={classes.headerRow}>
        {columns.map((column) => {
          const label = t(`leads.list.columns.${column.key}`);
          const active = column.sortField !== undefined && sort.field === column.sortField;
          const ariaSort = active
            ? sort.direction === 'asc'
              ? 'ascending'
              : 'descending'
            : undefined;
          if (!column.sortField) {
            return (
              <th key={column.key} scope="col" className={classes.headerCell}>
                {label}
              </th>
            );
          }
          const field = column.sortField;
          const Icon = !active
            ? IconArrowsSort
            : sort.direction === 'asc'
              ? IconArrowUp
              : IconArrowDown;
          return (
            <th
              key={column.key}
              scope="col"
              aria-sort={ariaSort ?? 'none'}
              className={classes.headerCell}
            >
              <UnstyledButton
                className={classes.sortButton}
                data-active={active || undefined}
                onClick={() => onSort(field)}
              >
                {label}
                <Icon size={13} stroke={2} aria-hidden style={{ opacity: active ? 1 : 0.45 }} />
              </UnstyledButton>
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
