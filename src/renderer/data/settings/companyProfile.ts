import type { CompanyProfileValue } from '../../../shared/domain/companySettings.ts';
import type { CompanyProfile } from '../quotes/quoteDocumentModel.ts';

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
    'logoDataUrl',
  ] as const) {
    const text = fields[key]?.trim();
    if (text) out[key] = text;
  }
  return out;
}
