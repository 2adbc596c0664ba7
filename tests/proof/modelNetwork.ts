/** Fields the model edits; values are unique per step so every lost value can be traced. */
export const modelFields = ['notes', 'company', 'firstName'] as const;
export type ModelField = (typeof modelFields)[number];

/** A push row the server accepted, with the fields that write changed. */
export type ModelAck = {
  docId: string;
  updatedAt: string;
  values: Partial<Record<ModelField, unknown>>;
};

/** Deterministic random numbers in [0, 1) from a 32-bit seed (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pause = (ms: number) =>
  ms > 0 ? new Promise<void>((resolve) => setTimeout(resolve, ms)) : Promise.resolve();

/**
 * One device's network: every request waits a random 0..maxDelayMs before it leaves and again
 * before its answer is handed over, so requests of one device and of different devices overtake
 * each other both ways (a pull answered before a push can arrive after the push's answer). Live
 * stream chunks keep their order (one TCP connection) but each is held up to maxDelayMs, so
 * stream events and pull answers interleave in any order. Records every acknowledged push row.
 */
export function modelFetch(options: {
  random: () => number;
  maxDelayMs: number;
  label: string;
  acks: ModelAck[];
  trace?: string[];
}): typeof fetch {
  const { random, maxDelayMs, label, acks, trace } = options;
  const delay = () => pause(Math.floor(random() * (maxDelayMs + 1)));
  const note = trace
    ? (line: string) => trace.push(`${Math.round(performance.now())} ${label} ${line}`)
    : undefined;
  return async (input, init) => {
    const path = String(input).replace(/^http:\/\/[^/]+/, '');
    await delay();
    const response = await fetch(input, init).catch((error: unknown) => {
      note?.(`${path.slice(0, 60)} failed: ${String(error)}`);
      throw error;
    });
    if (path.startsWith('/api/sync/stream') && response.body) {
      return new Response(laggedStream(response.body, delay, note), response);
    }
    if (trace) {
      const text = await response.clone().text();
      note?.(
        `${init?.method ?? 'GET'} ${path} ${String(init?.body ?? '')} -> ${response.status} ${text}`,
      );
    }
    if (path.endsWith('/push') && response.ok && typeof init?.body === 'string') {
      await recordAcks(acks, init.body, response.clone());
    }
    await delay();
    return response;
  };
}

function laggedStream(
  body: ReadableStream<Uint8Array>,
  delay: () => Promise<void>,
  note: ((line: string) => void) | undefined,
): ReadableStream<Uint8Array> {
  const decoder = new TextDecoder();
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      // A TransformStream runs one transform at a time: chunks are delayed, never reordered.
      async transform(chunk, controller) {
        await delay();
        note?.(`stream ${decoder.decode(chunk, { stream: true }).replace(/\s+/g, ' ')}`);
        controller.enqueue(chunk);
      },
    }),
  );
}

async function recordAcks(acks: ModelAck[], body: string, response: Response) {
  const conflicts = new Set(((await response.json()) as Array<{ id: string }>).map((d) => d.id));
  for (const row of JSON.parse(body) as Array<{
    assumedMasterState?: Record<string, unknown>;
    newDocumentState: Record<string, unknown> & { id: string };
  }>) {
    const doc = row.newDocumentState;
    if (conflicts.has(doc.id) || doc._deleted === true) continue;
    // Only the fields this write changed are its own; the rest restate the server's.
    const changed = modelFields.filter((f) => row.assumedMasterState?.[f] !== doc[f]);
    acks.push({
      docId: doc.id,
      updatedAt: String(doc.updatedAt),
      values: Object.fromEntries(changed.map((f) => [f, doc[f]])),
    });
  }
}
