import { parseSetting, type SettingValue } from '../../shared/domain/setting.ts';
import type { Store } from '../store/Store.ts';

type NumberSeriesValue = Extract<SettingValue, { kind: 'numberSeries' }>;

/**
 * The newest valid `numberSeries` setting, as devices read it (undefined when none is stored):
 * what final invoice numbers look like and what a pushed change is checked against.
 */
export async function readNumberSeries(store: Store): Promise<NumberSeriesValue | undefined> {
  let best: { updatedAt: string; value: NumberSeriesValue } | undefined;
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
        if (best && best.updatedAt >= setting.updatedAt) continue;
        best = { updatedAt: setting.updatedAt, value: setting.value };
      } catch {
        // A record this server version cannot read is ignored, as devices do.
      }
    }
    if (page.documents.length < 500 || page.lastSeq <= afterSeq) break;
    afterSeq = page.lastSeq;
  }
  return best?.value;
}
