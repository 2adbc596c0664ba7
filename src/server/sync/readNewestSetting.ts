import { parseSetting, type SettingKind, type SettingOf } from '../../shared/domain/setting.ts';
import type { Store } from '../store/Store.ts';

/**
 * The newest valid setting of `kind`, as devices read it: latest `updatedAt`, ties broken by the
 * larger id (undefined when none is stored). Settings are a handful of small records, so reading
 * them all is cheap. Used by the push rules (approval thresholds, number series) and lead
 * assignment alike.
 */
export async function readNewestSetting<K extends SettingKind>(
  store: Store,
  kind: K,
): Promise<SettingOf<K>['value'] | undefined> {
  let best: SettingOf<K> | undefined;
  let afterSeq = 0;
  for (;;) {
    const page = await store.pull({
      collection: 'settings',
      afterSeq,
      limit: 500,
      access: { kind: 'all' },
    });
    for (const doc of page.documents) {
      if (doc.deleted || doc.data.key !== kind) continue;
      try {
        const setting = parseSetting({ ...doc.data, id: doc.id });
        if (setting.value.kind !== kind) continue;
        const newer =
          !best ||
          setting.updatedAt > best.updatedAt ||
          (setting.updatedAt === best.updatedAt && setting.id > best.id);
        if (newer) best = setting as SettingOf<K>;
      } catch {
        // A record this server version cannot read is ignored, as devices do.
      }
    }
    if (page.documents.length < 500 || page.lastSeq <= afterSeq) break;
    afterSeq = page.lastSeq;
  }
  return best?.value;
}
