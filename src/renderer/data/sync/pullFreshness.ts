/**
 * Keeps pull answers from being older than this device's own pushes. RxDB writes a pulled
 * document over the local copy whenever that copy has no unpushed change, without checking the
 * answer's age: a pull the server answered just before a push of the same document landed, but
 * which arrives after the push's answer, would put the older state back on the device (and, when
 * RxDB's bookkeeping of the pushed state wins the race, push that older state again later).
 * So a pull whose answer names a document whose push was answered meanwhile is asked again.
 */
export type PullFreshness = {
  /** The server answered a push of these ids (written, conflict or refusal). */
  answered(ids: Iterable<string>): void;
  /** Runs `pull` until its answer names no document whose push was answered while it ran. */
  fresh<T extends { documents: ReadonlyArray<{ id: string }> }>(pull: () => Promise<T>): Promise<T>;
};

/** A document pushed over and over could keep a pull asking again; past this it takes the answer. */
const maxAttempts = 20;

export function createPullFreshness(): PullFreshness {
  let clock = 0;
  let inFlight = 0;
  const answeredAt = new Map<string, number>();
  return {
    answered(ids) {
      // Without a pull running, every later pull is asked after this answer anyway.
      if (inFlight === 0) return;
      clock += 1;
      for (const id of ids) answeredAt.set(id, clock);
    },
    async fresh(pull) {
      inFlight += 1;
      try {
        for (let attempt = 1; ; attempt += 1) {
          const since = clock;
          const result = await pull();
          const stale = result.documents.some((doc) => (answeredAt.get(doc.id) ?? 0) > since);
          if (!stale || attempt >= maxAttempts) return result;
        }
      } finally {
        inFlight -= 1;
        if (inFlight === 0) answeredAt.clear();
      }
    },
  };
}
