import { useCallback } from 'react';
import type { Quote } from '../../../shared/domain/quote.ts';
import { needsApprovalWith, noApprovalThresholds } from '../quotes/quoteSettings.ts';
import { hasCollection } from '../records/recordStore.ts';
import { setting$ } from '../settings/settingsStore.ts';
import { useDataContext } from './DataProvider.tsx';
import { useLiveValue } from './useLiveRecords.ts';

export type ApprovalCheckedQuote = Pick<
  Quote,
  'currency' | 'lines' | 'orderDiscountBps' | 'totals'
>;

/** A live `needsApproval(quote)`: whether it breaks the approval thresholds in settings. */
export function useNeedsApproval(): (quote: ApprovalCheckedQuote) => boolean {
  const { data } = useDataContext();
  const { value: thresholds } = useLiveValue('setting:approvalThresholds', () =>
    hasCollection(data, 'settings') ? setting$(data, 'approvalThresholds') : undefined,
  );
  const rules = thresholds?.value ?? noApprovalThresholds;
  return useCallback((quote: ApprovalCheckedQuote) => needsApprovalWith(rules, quote), [rules]);
}
