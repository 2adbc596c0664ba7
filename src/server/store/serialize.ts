/** Returns a runner that executes async work one at a time, in call order. */
export function createSerialQueue(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const result = tail.then(work, work);
    // The queue must keep going after a failed job; callers still see the failure.
    tail = result.catch(() => undefined);
    return result;
  };
}
