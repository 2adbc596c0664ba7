import { map } from 'rxjs';
import type { CompanyProfileValue } from '../../../shared/domain/companySettings.ts';
import type { CompanyProfile } from '../quotes/quoteDocumentModel.ts';
import { useDataContext } from '../react/DataProvider.tsx';
import { useLiveValue } from '../react/useLiveRecords.ts';
import { hasCollection } from '../records/recordStore.ts';
import { setting$ } from './settingsStore.ts';

/** The printed seller block from the `companyProfile` setting (empty fields left out). */
export function companyProfileOf(value: CompanyProfileValue): CompanyProfile {
  const { kind: _kind, ...fields } = value;
  const out: CompanyProfile = { name: fields.name };
  for (const key of [
    'address',
    'nameEn',
    'addressEn',
    'phone',
    'email',
    'website',
    'taxId',
    'country',
    'logoDataUrl',
  ] as const) {
    const text = fields[key]?.trim();
    if (text) out[key] = text;
  }
  return out;
}

/** The company profile as printed documents show it, live; undefined until one is stored. */
export function useCompanyProfile(): CompanyProfile | undefined {
  const { data } = useDataContext();
  const { value } = useLiveValue('setting:companyProfile:printed', () =>
    hasCollection(data, 'settings')
      ? setting$(data, 'companyProfile').pipe(
          map((setting) => (setting ? companyProfileOf(setting.value) : undefined)),
        )
      : undefined,
  );
  return value;
}
