// Many clients of `GET /api/sync/stream` in one Node process: each stream is parsed the way the
// app's client does (blocks split on a blank line, `data:` JSON), and every document id that
// arrives is timestamped, so a bench can tell when one write has reached every stream.
import { Agent, request } from 'node:http';

/** One SSE connection; resolves once the server's `resync` greeting has arrived. */
function openStream({ agent, url, token, onDocument, onClose }) {
  return new Promise((resolve, reject) => {
    let buffer = '';
    let greeted = false;
    const req = request(
      `${url}/api/sync/stream`,
      { agent, headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' } },
      (response) => {
        if (response.statusCode !== 200) {
          reject(new Error(`stream answered ${response.statusCode}`));
          response.resume();
          return;
        }
        response.setEncoding('utf8');
        response.on('data', (chunk) => {
          buffer += chunk;
          let end = buffer.indexOf('\n\n');
          while (end >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            end = buffer.indexOf('\n\n');
            if (block.startsWith('event: resync')) {
              greeted = true;
              resolve(req);
            } else if (block.startsWith('data: ')) {
              const at = performance.now();
              const change = JSON.parse(block.slice(6));
              for (const doc of change.documents) onDocument(doc.id, at);
            }
          }
        });
        response.on('close', () => {
          if (!greeted) reject(new Error('stream closed before its greeting'));
          onClose();
        });
      },
    );
    req.on('error', (error) => (greeted ? onClose() : reject(error)));
    req.end();
  });
}

/**
 * Opens one stream per token, `concurrency` connection attempts at a time. `arrivals(id)` lists
 * when each stream received document `id` (performance.now() times, one per stream so far).
 */
export async function openStreams({ url, tokens, concurrency = 200 }) {
  // One socket per stream: an SSE response never frees its connection for another request.
  const agent = new Agent({ keepAlive: true, maxSockets: tokens.length + 16 });
  const seen = new Map();
  let closed = 0;
  const onDocument = (id, at) => {
    const times = seen.get(id);
    if (times) times.push(at);
    else seen.set(id, [at]);
  };
  const requests = [];
  let next = 0;
  const worker = async () => {
    while (next < tokens.length) {
      const token = tokens[next];
      next += 1;
      requests.push(
        await openStream({
          agent,
          url,
          token,
          onDocument,
          onClose: () => {
            closed += 1;
          },
        }),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, tokens.length) }, worker));
  return {
    count: requests.length,
    closed: () => closed,
    arrivals: (id) => seen.get(id) ?? [],
    close() {
      for (const req of requests) req.destroy();
      agent.destroy();
    },
  };
}
