import { useMemo } from 'react';
import { useAccountList } from '../../../data/index.ts';

/** Account names by id, for cards and tables that show a deal's account. */
export function useAccountNames(): ReadonlyMap<string, string> {
  const { rows } = useAccountList({});
  return useMemo(() => new Map(rows.map((account) => [account.id, account.name])), [rows]);
}
