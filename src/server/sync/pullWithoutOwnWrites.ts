import type { AccessFilter, PullPage, Store, StoredDocument } from '../store/Store.ts';

// How many store pages one answer reads at most while leaving out the writer's own versions.
const maxScannedPages = 20;

/**
 * One pull answer that leaves out the versions `ownWriter` pushed and the server stored as
 * pushed (the push wrote them under that writer; a version the server changed - a final invoice
 * number, an assignment - or that anyone wrote later carries another writer or none). The replica
 * that pushed them already holds each as its local and last-known state, so returning them only
 * makes RxDB read both to find nothing to do - thousands of reads after an offline session.
 *
 * RxDB's paging shapes the answer: it stops asking on a page shorter than the batch and ignores
 * the checkpoint of an empty page. So the answer reads further pages until it has `limit` other
 * documents or reaches the end; when a read budget runs out first, own versions fill it up to
 * `limit` (harmless to RxDB); and an answer that left out everything still carries the newest own
 * version, so the checkpoint moves past them. Without `ownWriter` it is the store's page as is.
 */
export async function pullWithoutOwnWrites(params: {
  store: Pick<Store, 'pull'>;
  collection: string;
  afterSeq: number;
  limit: number;
  access: AccessFilter;
  ownWriter: string | undefined;
}): Promise<PullPage> {
  const { store, collection, limit, access, ownWriter } = params;
  const first = await store.pull({ collection, afterSeq: params.afterSeq, limit, access });
  const isOwn = (doc: StoredDocument) => doc.writtenByDevice === ownWriter;
  if (ownWriter === undefined || !first.documents.some(isOwn)) return first;

  const kept: StoredDocument[] = [];
  const own: StoredDocument[] = [];
  // Store pages hold one entry per id, but two pages may both name one (a revocation, then the
  // document again); only the newest entry of an id counts, as within a page.
  const newest = new Map<string, StoredDocument>();
  const current = (docs: StoredDocument[]) => docs.filter((doc) => newest.get(doc.id) === doc);
  let page = first;
  let cursor = params.afterSeq;
  // An empty store page is the end (a page's last seq is always that of a document it holds).
  for (let pages = 1; page.documents.length > 0; pages += 1) {
    let full = false;
    for (const doc of page.documents) {
      if (kept.length === limit) {
        full = true;
        break;
      }
      (isOwn(doc) ? own : kept).push(doc);
      newest.set(doc.id, doc);
      cursor = doc.seq;
    }
    if (!full) cursor = Math.max(cursor, page.lastSeq);
    if (kept.length === limit) break;
    if (pages >= maxScannedPages && kept.length + own.length >= limit) {
      const others = current(kept);
      const filler = current(own).slice(-(limit - others.length));
      return { documents: [...others, ...filler].sort((a, b) => a.seq - b.seq), lastSeq: cursor };
    }
    page = await store.pull({ collection, afterSeq: cursor, limit, access });
  }
  const others = current(kept);
  const newestOwn = own.at(-1);
  const documents = others.length === 0 && newestOwn ? [newestOwn] : others;
  return { documents, lastSeq: cursor };
}
