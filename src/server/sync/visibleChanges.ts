import type { AccessFilter, PullPage, StoredDocument } from '../store/Store.ts';
import { matchesAccess } from './accessRules.ts';

/**
 * What one reader's pull from `afterSeq` would return, taken from a page read once with access
 * 'all' and its revocations: the documents the reader may see, plus a tombstone for each it could
 * see before and no longer can; one version per document, in seq order (as `mergePullPage`).
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
  if (access.kind === 'some') {
    for (const revocation of page.revocations ?? []) {
      if (
        revocation.seq > afterSeq &&
        matchesAccess(access, revocation) &&
        !matchesAccess(access, revocation.current)
      ) {
        picked.push(revocation);
      }
    }
    if (picked.length === 0) return picked;
    picked.sort((a, b) => a.seq - b.seq);
    const latest = new Map<string, StoredDocument>();
    for (const doc of picked) {
      latest.delete(doc.id);
      latest.set(doc.id, doc);
    }
    return [...latest.values()];
  }
  return picked;
}
