import { describe, expect, it } from 'vitest';
import { formatWrittenSeqs, parseWrittenSeqs } from './syncHeaders.ts';

describe('the written-seqs header of a push answer', () => {
  it('names each written row’s version and whether the server stored it as sent', () => {
    const seqs = [
      { seq: 61, asSent: true },
      { seq: 62, asSent: false },
      { seq: 9_007_199_254_740_991, asSent: true },
    ];
    const header = formatWrittenSeqs(seqs);
    expect(header).toBe('61,62*,9007199254740991');
    expect(parseWrittenSeqs(header)).toEqual(seqs);
  });

  it('teaches the device nothing from a missing or malformed header', () => {
    for (const header of [null, '', '61,,62', '61,x', '0', '-3', '1.5', '61**', '1e400']) {
      expect(parseWrittenSeqs(header)).toEqual([]);
    }
  });
});
