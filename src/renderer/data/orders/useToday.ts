import { dateOf } from '../../../shared/billing/calendarDate.ts';
import { useDataContext } from '../react/DataProvider.tsx';

/** Today's date (`YYYY-MM-DD`) by the app's clock, for date fields that default to today. */
export function useToday(): string {
  const { clock } = useDataContext();
  return dateOf(clock().toISOString());
}
