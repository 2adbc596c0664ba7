export type StreamEvent = { event: string; data: unknown };

/**
 * Opens the sync stream like the app does (fetch with a bearer header, since EventSource cannot
 * send one) and collects its events until `close` is called.
 */
export async function openEventStream(url: string, token: string) {
  const controller = new AbortController();
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
    signal: controller.signal,
  });
  const events: StreamEvent[] = [];
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const pump = (async () => {
    if (!reader) return;
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
          let event = 'message';
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith('event: ')) event = line.slice(7);
            else if (line.startsWith('data: ')) data.push(line.slice(6));
          }
          if (data.length > 0) events.push({ event, data: JSON.parse(data.join('\n')) });
        }
      }
    } catch {
      // Aborted by close(); the collected events stay readable.
    }
  })();
  return {
    status: response.status,
    events,
    close: async () => {
      controller.abort();
      await pump;
    },
  };
}

/** One document a stream carried in a change message, with the collection it belongs to. */
export type StreamedDocument = {
  collection: string;
  doc: { id: string } & Record<string, unknown>;
};

/** Every document the stream's change messages carried, in the order they came. */
export function streamedDocuments(events: readonly StreamEvent[]): StreamedDocument[] {
  const out: StreamedDocument[] = [];
  for (const { event, data } of events) {
    if (event !== 'message') continue;
    const change = data as { collection: string; documents: StreamedDocument['doc'][] };
    for (const doc of change.documents) out.push({ collection: change.collection, doc });
  }
  return out;
}
