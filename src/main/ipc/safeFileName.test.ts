import { describe, expect, it } from 'vitest';
import { safeFileName } from './safeFileName.ts';

describe('safeFileName', () => {
  it.each([
    ['Q-2026-0001', 'pdf', 'Q-2026-0001.pdf'],
    ['Q-2026-0001.PDF', 'pdf', 'Q-2026-0001.pdf'],
    ['报价单 上海', 'pdf', '报价单 上海.pdf'],
    ['../../etc/passwd', 'csv', 'passwd.csv'],
    ['C:\\Windows\\leads', 'csv', 'leads.csv'],
    ['a<b>:c"d|e?f*', 'csv', 'a_b__c_d_e_f_.csv'],
    ['CON', 'csv', 'fieldbook-CON.csv'],
    ['...', 'pdf', 'fieldbook.pdf'],
    ['', 'csv', 'fieldbook.csv'],
  ] as const)('%s → %s', (requested, extension, expected) => {
    expect(safeFileName(requested, extension)).toBe(expected);
  });
});
