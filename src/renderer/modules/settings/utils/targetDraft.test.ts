import { describe, expect, it } from 'vitest';
import { readTargetRows, type TargetDraftRow, targetRows } from './targetDraft.ts';

const row = (patch: Partial<TargetDraftRow>): TargetDraftRow => ({
  id: 'a',
  month: '2026-04',
  scope: 'owner',
  subjectId: 'wang',
  currency: 'CNY',
  amountText: '1,250.50',
  ...patch,
});

describe('target rows', () => {
  it('reads typed amounts into minor units and back', () => {
    const read = readTargetRows([row({}), row({ id: 'b', currency: 'JPY', amountText: '300' })]);
    expect(read).toEqual({
      ok: true,
      value: {
        kind: 'salesTargets',
        targets: [
          {
            id: 'a',
            month: '2026-04',
            scope: 'owner',
            subjectId: 'wang',
            amount: { amount: 125_050, currency: 'CNY' },
          },
          {
            id: 'b',
            month: '2026-04',
            scope: 'owner',
            subjectId: 'wang',
            amount: { amount: 300, currency: 'JPY' },
          },
        ],
      },
    });
    if (read.ok)
      expect(targetRows(read.value).map((item) => item.amountText)).toEqual(['1250.50', '300']);
  });

  it('says what is wrong with each row', () => {
    const read = readTargetRows([
      row({ id: 'm', month: '' }),
      row({ id: 's', subjectId: '' }),
      row({ id: 'n', amountText: '-5' }),
      row({ id: 'x', amountText: '1.234' }),
      row({ id: 'c', currency: 'ZZZ' }),
      row({ id: 'ok' }),
      row({ id: 'dup' }),
    ]);
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(Object.fromEntries(read.errors)).toEqual({
        m: 'monthRequired',
        s: 'subjectRequired',
        n: 'amountInvalid',
        x: 'amountInvalid',
        c: 'unknownCurrency',
        dup: 'duplicateTarget',
      });
  });
});
