import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../domain/exampleRecords.ts';
import { invoiceSchema } from '../domain/invoice.ts';
import { applyFinalInvoiceNumber, assignFinalInvoiceNumbers } from './assignFinalInvoiceNumbers.ts';
import { deviceSeriesFromSetting, nextNumber } from './nextNumber.ts';

const now = '2026-03-20T08:00:00.000Z';

describe('assignFinalInvoiceNumbers', () => {
  it('numbers synced invoices gap-free in the order they were made', () => {
    const result = assignFinalInvoiceNumbers({
      lastNumber: 9,
      now,
      provisional: [
        { id: 'b', number: 'PROV-INV-2026-A3-0001', createdAt: '2026-03-19T10:00:00.000Z' },
        { id: 'a', number: 'PROV-INV-2026-A2-0001', createdAt: '2026-03-19T09:00:00.000Z' },
        { id: 'c', number: 'PROV-INV-2026-A2-0002', createdAt: '2026-03-19T10:00:00.000Z' },
      ],
    });
    expect(result.assignments).toEqual([
      { id: 'a', provisionalNumber: 'PROV-INV-2026-A2-0001', number: 'INV-2026-0010' },
      { id: 'b', provisionalNumber: 'PROV-INV-2026-A3-0001', number: 'INV-2026-0011' },
      { id: 'c', provisionalNumber: 'PROV-INV-2026-A2-0002', number: 'INV-2026-0012' },
    ]);
    expect(result.lastNumber).toBe(12);
  });

  it('stays gap-free and unique over many batches from 3 offline devices', () => {
    const devices = ['A2', 'A3', 'A4'].map((deviceCode) => deviceSeriesFromSetting({ deviceCode }));
    let lastNumber = 0;
    const finals: string[] = [];
    for (let batch = 0; batch < 20; batch += 1) {
      const provisional = devices.flatMap((series, index) =>
        Array.from({ length: batch % 4 }, (_, k) => {
          const next = nextNumber({ series: devices[index] ?? series, kind: 'invoice', now });
          devices[index] = next.series;
          return { id: `${index}-${batch}-${k}`, number: next.number, createdAt: now };
        }),
      );
      const result = assignFinalInvoiceNumbers({ lastNumber, provisional, now });
      lastNumber = result.lastNumber;
      finals.push(...result.assignments.map((a) => a.number));
    }
    expect(finals).toEqual(
      Array.from({ length: lastNumber }, (_, i) => `INV-2026-${String(i + 1).padStart(4, '0')}`),
    );
  });

  it('uses the series format from settings', () => {
    const result = assignFinalInvoiceNumbers({
      lastNumber: 0,
      now,
      format: { document: 'invoice', prefix: 'FP', includeYear: false, padding: 8 },
      provisional: [{ id: 'a', number: 'PROV-INV-2026-A2-0001', createdAt: now }],
    });
    expect(result.assignments[0]?.number).toBe('FP00000001');
  });

  it('refuses final numbers and the same invoice twice', () => {
    const base = { lastNumber: 0, now };
    expect(() =>
      assignFinalInvoiceNumbers({
        ...base,
        provisional: [{ id: 'a', number: 'INV-2026-0001', createdAt: now }],
      }),
    ).toThrow(expect.objectContaining({ code: 'notProvisionalNumber' }));
    const dup = { id: 'a', number: 'PROV-INV-2026-A2-0001', createdAt: now };
    expect(() => assignFinalInvoiceNumbers({ ...base, provisional: [dup, dup] })).toThrow(
      expect.objectContaining({ code: 'duplicateInvoice' }),
    );
  });

  it('puts the final number on the invoice and keeps the provisional one', () => {
    const invoice = { ...exampleRecords.invoices, number: 'PROV-INV-2026-A2-0001' };
    const assignment = { provisionalNumber: invoice.number, number: 'INV-2026-0010' };
    const final = applyFinalInvoiceNumber({ invoice, assignment });
    expect(final).toMatchObject({
      number: 'INV-2026-0010',
      provisionalNumber: 'PROV-INV-2026-A2-0001',
    });
    expect(invoiceSchema.parse(final)).toEqual(final);
    expect(applyFinalInvoiceNumber({ invoice: final, assignment })).toBe(final);
    expect(() =>
      applyFinalInvoiceNumber({ invoice: { ...invoice, number: 'PROV-X' }, assignment }),
    ).toThrow(expect.objectContaining({ code: 'notProvisionalNumber' }));
  });
});
