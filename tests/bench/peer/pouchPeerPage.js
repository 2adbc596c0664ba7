// The peer of the sync benchmark: PouchDB (IndexedDB in Chromium) replicating from pouchdb-server.
import PouchDB from 'pouchdb-browser';

window.pouchPeerBench = {
  /** Replicates the remote database into a fresh local one; resolves when it is complete. */
  async initialSync(remoteUrl, batchSize) {
    const local = new PouchDB(`peer-${Date.now()}`);
    const started = performance.now();
    const result = await PouchDB.replicate(remoteUrl, local, { batch_size: batchSize });
    const ms = performance.now() - started;
    const { doc_count: count } = await local.info();
    await local.close();
    return { ms, count, written: result.docs_written, ok: result.ok };
  },
};
document.getElementById('status').textContent = 'ready';
