import type { CollectionName } from '../../../shared/domain/collections.ts';
import { newId } from '../../../shared/ids/newId.ts';
import type { RejectedWrites } from './syncConflictHandler.ts';
import type { SyncIssue, SyncLocalStore } from './syncLocalStore.ts';
import type { WireDocument } from './wireDocument.ts';

/**
 * Keeps the writes the server refused in a push (its `x-fieldbook-rejections` header) as Sync
 * issues, with the values the person entered, and tells the conflict handler to take the
 * server's state for them.
 */
export async function recordRejections(
  context: { store: SyncLocalStore; rejected: RejectedWrites; clock: () => Date },
  push: {
    collection: CollectionName;
    header: string | null;
    rows: Array<{ newDocumentState: WireDocument }>;
  },
): Promise<void> {
  const { collection, header, rows } = push;
  if (!header) return;
  const rejections = JSON.parse(decodeURIComponent(header)) as Array<{
    id: string;
    code: string;
    message: string;
  }>;
  const now = context.clock();
  const issues: SyncIssue[] = [];
  for (const rejection of rejections) {
    const row = rows.find((r) => r.newDocumentState.id === rejection.id);
    context.rejected.add(collection, rejection.id);
    issues.push({
      id: newId(now.getTime()),
      collection,
      docId: rejection.id,
      code: rejection.code,
      message: rejection.message,
      values: row ? { ...row.newDocumentState } : {},
      at: now.toISOString(),
    });
  }
  await context.store.addIssues(issues);
}
