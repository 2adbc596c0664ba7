import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../../shared/intake/toCsv.ts';
import { columnsToCsvTable, quantityToDecimal } from './columnsToCsvTable.ts';

describe('list exports', () => {
  it('writes a header row and one row per record, in the column order given', () => {
    const table = columnsToCsvTable(
      [
        { header: 'Number', cell: (row: { n: string; c: string }) => row.n },
        { header: '客户', cell: (row) => row.c },
      ],
      [
        { n: 'SO-1', c: '上海浦江物流' },
        { n: 'SO-2', c: '=HYPERLINK()' },
      ],
    );
    expect(toCsv(table)).toBe("\uFEFFNumber,客户\r\nSO-1,上海浦江物流\r\nSO-2,'=HYPERLINK()\r\n");
  });

  it.each([
    [0, '0'],
    [1_000, '1'],
    [2_500, '2.5'],
    [1_234, '1.234'],
    [5, '0.005'],
    [-1_500, '-1.5'],
  ])('writes %d thousandths as %s', (milli, text) => {
    expect(quantityToDecimal(milli)).toBe(text);
  });
});
