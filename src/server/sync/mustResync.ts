/**
 * Whether a pull must be refused with 410 `resync_required`: the device may hold documents whose
 * deletion it never saw because the tombstone was purged.
 *
 * What the device has seen of the collection is its checkpoint `seq`, or - while that is still 0
 * because every pull it made came back empty (RxDB stores no checkpoint for an empty page) - the
 * `seenThrough` an earlier empty pull told it. A device that has only pushed holds documents the
 * server knows, so its checkpoint 0 alone cannot tell it from a new device; `seenThrough` can,
 * since everything it pushed got a later seq and so did every deletion of it. A device with
 * neither has never completed a pull: a new device, or one just reset, so it is never refused
 * (the one blind spot: a push that succeeded while every pull before going offline failed).
 * Both values and `purgedThroughSeq` count in the store's one sequence.
 */
export function mustResync(params: {
  seq: number;
  seenThrough: number | undefined;
  purgedThroughSeq: number;
}): boolean {
  const seen = params.seq > 0 ? params.seq : params.seenThrough;
  return seen !== undefined && seen < params.purgedThroughSeq;
}
