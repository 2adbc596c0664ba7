import { parseSetting } from '../../shared/domain/setting.ts';
import type { Store } from '../store/Store.ts';
import type { ApprovalThresholds } from './quoteRules.ts';

/**
 * The approval thresholds as devices read them: the newest valid `approvalThresholds` setting
 * (settings are a handful of small records, so reading them all is cheap).
 */
export async function readApprovalThresholds(
  store: Store,
): Promise<ApprovalThresholds | undefined> {
  let best: { updatedAt: string; id: string; value: ApprovalThresholds } | undefined;
  let afterSeq = 0;
  for (;;) {
    const page = await store.pull({
      collection: 'settings',
      afterSeq,
      limit: 500,
      access: { kind: 'all' },
    });
    for (const doc of page.documents) {
      if (doc.deleted || doc.data.key !== 'approvalThresholds') continue;
      try {
        const setting = parseSetting({ ...doc.data, id: doc.id });
        if (setting.value.kind !== 'approvalThresholds') continue;
        const candidate = { updatedAt: setting.updatedAt, id: setting.id, value: setting.value };
        if (
          !best ||
          candidate.updatedAt > best.updatedAt ||
          (candidate.updatedAt === best.updatedAt && candidate.id > best.id)
        )
          best = candidate;
      } catch {
        // A record this server version cannot read is ignored, as devices do.
      }
    }
    if (page.documents.length < 500 || page.lastSeq <= afterSeq) break;
    afterSeq = page.lastSeq;
  }
  return best?.value;
}
