import type { SettingValue } from '../../shared/domain/setting.ts';
import type { Store } from '../store/Store.ts';
import { readNewestSetting } from './readNewestSetting.ts';

/**
 * The newest valid `numberSeries` setting, as devices read it (undefined when none is stored):
 * what final invoice numbers look like and what a pushed change is checked against.
 */
export function readNumberSeries(
  store: Store,
): Promise<Extract<SettingValue, { kind: 'numberSeries' }> | undefined> {
  return readNewestSetting(store, 'numberSeries');
}
