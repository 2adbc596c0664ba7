/**
 * Headers of a push answer, besides its body (the conflicts RxDB expects).
 *
 * `rejections`: the rows the server refused, with their reasons (URI-encoded JSON).
 * `writtenSeqs`: the store sequence number of each row the server wrote, comma-separated, in the
 * order of the pushed rows that were written (every row not answered as a conflict), with a `*`
 * after the number when the server stored something else than the row sent (a final invoice
 * number, an assigned owner): that version still has to reach the device. With the `_seq` every
 * document the server sends carries, it lets a device tell an older version of a record from a
 * newer one (see the renderer's versionGuardStorage).
 */
export const syncHeaders = {
  rejections: 'x-fieldbook-rejections',
  writtenSeqs: 'x-fieldbook-written-seqs',
} as const;

export type WrittenSeq = { seq: number; asSent: boolean };

export function formatWrittenSeqs(seqs: readonly WrittenSeq[]): string {
  return seqs.map(({ seq, asSent }) => (asSent ? String(seq) : `${seq}*`)).join(',');
}

/** `1,2*,3` → their entries; anything malformed → [] (the device then learns nothing from it). */
export function parseWrittenSeqs(header: string | null): WrittenSeq[] {
  if (!header) return [];
  const out: WrittenSeq[] = [];
  for (const part of header.split(',')) {
    const asSent = !part.endsWith('*');
    const seq = Number(asSent ? part : part.slice(0, -1));
    if (!Number.isSafeInteger(seq) || seq <= 0 || part === '') return [];
    out.push({ seq, asSent });
  }
  return out;
}
