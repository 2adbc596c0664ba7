import type { i18n as I18n } from 'i18next';
import type { CollectionName } from '../../../../shared/domain/collections.ts';

/**
 * A field's translated label where the feature has one (`leads.fields.firstName`), else its
 * path as stored, which is still better than hiding which field it was.
 */
export function fieldLabel(i18n: I18n, collection: CollectionName, path: string): string {
  const key = `${collection}.fields.${path}`;
  return i18n.exists(key) ? i18n.t(key) : path;
}
