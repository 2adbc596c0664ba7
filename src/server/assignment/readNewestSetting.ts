import { parseSetting, type SettingKind, type SettingOf } from '../../shared/domain/setting.ts';
import type { Store } from '../store/Store.ts';

/**
 * The setting of one kind as devices read it: the newest valid record (settings are a handful
 * of small records, so reading them all is cheap). Undefined when none is stored.
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
        const setting = parseSetting({ ...doc.data, id: doc.id }) as SettingOf<K>;
        if (
          !best ||
          setting.updatedAt > best.updatedAt ||
          (setting.updatedAt === best.updatedAt && setting.id > best.id)
        )
          best = setting;
      } catch {
        // A record this server version cannot read is ignored, as devices do.
      }
    }
    if (page.documents.length < 500 || page.lastSeq <= afterSeq) break;
    afterSeq = page.lastSeq;
  }
  return best?.value;
}
