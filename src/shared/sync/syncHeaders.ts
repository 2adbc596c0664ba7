/**
 * Headers of a push answer, besides its body (the conflicts RxDB expects).
 *
 * `rejections`: the rows the server refused, with their reasons (URI-encoded JSON).
 * `writtenSeqs`: the store sequence number of each row the server wrote, comma-separated, in the
 * order of the pushed rows that were written (every row not answered as a conflict). With the
 * `_seq` every document the server sends carries, it lets a device tell an older version of a
 * record from a newer one (see the renderer's versionGuardStorage).
 */
export const syncHeaders = {
  rejections: 'x-fieldbook-rejections',
  writtenSeqs: 'x-fieldbook-written-seqs',
} as const;

/** `1,2,3` → [1, 2, 3]; anything malformed → [] (the device then learns nothing from it). */
export function parseWrittenSeqs(header: string | null): number[] {
  if (!header) return [];
  const seqs = header.split(',').map(Number);
  return seqs.every((seq) => Number.isSafeInteger(seq) && seq > 0) ? seqs : [];
}
