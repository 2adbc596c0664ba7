import type { Store } from '../store/Store.ts';
import type { ApprovalThresholds } from './quoteRules.ts';
import { readNewestSetting } from './readNewestSetting.ts';

/** The approval thresholds as devices read them: the newest valid `approvalThresholds` setting. */
export function readApprovalThresholds(store: Store): Promise<ApprovalThresholds | undefined> {
  return readNewestSetting(store, 'approvalThresholds');
}
