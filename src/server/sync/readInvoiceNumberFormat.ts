import { parseSetting } from '../../shared/domain/setting.ts';
import { defaultNumberFormats, type NumberFormat } from '../../shared/numbering/documentNumber.ts';
import type { Store } from '../store/Store.ts';

/**
 * How final invoice numbers look: the invoice series of the newest valid `numberSeries`
 * setting, else the default (`INV-2026-0001`).
 */
export async function readInvoiceNumberFormat(store: Store): Promise<NumberFormat> {
  let best: { updatedAt: string; format: NumberFormat } | undefined;
  let afterSeq = 0;
  for (;;) {
    const page = await store.pull({
      collection: 'settings',
      afterSeq,
      limit: 500,
      access: { kind: 'all' },
    });
    for (const doc of page.documents) {
      if (doc.deleted || doc.data.key !== 'numberSeries') continue;
      try {
        const setting = parseSetting({ ...doc.data, id: doc.id });
        if (setting.value.kind !== 'numberSeries') continue;
        const series = setting.value.series.find((entry) => entry.document === 'invoice');
        if (!series || (best && best.updatedAt >= setting.updatedAt)) continue;
        const { prefix, includeYear, padding } = series;
        best = {
          updatedAt: setting.updatedAt,
          format: { document: 'invoice', prefix, includeYear, padding },
        };
      } catch {
        // A record this server version cannot read is ignored, as devices do.
      }
    }
    if (page.documents.length < 500 || page.lastSeq <= afterSeq) break;
    afterSeq = page.lastSeq;
  }
  return best?.format ?? defaultNumberFormats.invoice;
}
