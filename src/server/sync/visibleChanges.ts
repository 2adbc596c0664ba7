import { mergePullPage } from '../store/mergePullPage.ts';
import type { AccessFilter, PullPage, StoredDocument } from '../store/Store.ts';
import { matchesAccess } from './accessRules.ts';

/**
 * What one reader's pull from `afterSeq` would return, taken from a page read once with access
 * 'all' and its revocations: the documents the reader may see, plus a tombstone for each it could
 * see before and no longer can; one version per document, in seq order (merged by `mergePullPage`,
 * as a pull page is).
 */
export function visibleChanges(params: {
  page: PullPage;
  access: AccessFilter;
  afterSeq: number;
}): StoredDocument[] {
  const { page, access, afterSeq } = params;
  const picked: StoredDocument[] = [];
  for (const doc of page.documents) {
    if (doc.seq > afterSeq && matchesAccess(access, doc)) picked.push(doc);
  }
  // Readers of everything never lose a document, so the store sends them no revocations.
  if (access.kind === 'all') return picked;
  const revoked = (page.revocations ?? []).filter(
    (revocation) =>
      revocation.seq > afterSeq &&
      matchesAccess(access, revocation) &&
      !matchesAccess(access, revocation.current),
  );
  if (revoked.length === 0) return picked;
  return mergePullPage({ documents: picked, revocations: revoked, afterSeq, limit: Infinity })
    .documents;
}
