import type { Revocation, StoredDocument } from './Store.ts';

/**
 * Merges a page of visible documents with a page of revocations (documents the reader lost access
 * to, delivered as deletions), both ascending by seq: the first `limit` by seq, one entry per id.
 */
export function mergePullPage(params: {
  documents: StoredDocument[];
  revocations: StoredDocument[];
  afterSeq: number;
  limit: number;
}): { documents: StoredDocument[]; lastSeq: number } {
  const all = [...params.documents, ...params.revocations].sort((a, b) => a.seq - b.seq);
  const page = all.slice(0, params.limit);
  const lastSeq = page.at(-1)?.seq ?? params.afterSeq;
  const latest = new Map<string, StoredDocument>();
  for (const doc of page) latest.set(doc.id, doc);
  return { documents: [...latest.values()].sort((a, b) => a.seq - b.seq), lastSeq };
}

/**
 * A revocation row as both stores select it: the revoked version plus the record's current owner
 * and team (`current_owner_id`, `current_team_id`), which say who still may see it.
 */
export function toRevocation(document: StoredDocument, row: Record<string, unknown>): Revocation {
  return {
    ...document,
    current: {
      ownerId: String(row.current_owner_id),
      teamId: row.current_team_id === null ? null : String(row.current_team_id),
    },
  };
}
