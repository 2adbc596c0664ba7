import type { Account } from '../../../shared/domain/account.ts';
import { countryName } from '../../../shared/domain/addressLines.ts';
import { industryTerms } from '../../../shared/domain/industry.ts';
import { foldText } from '../../../shared/qualification/foldText.ts';

function countryNames(code: string | undefined): string[] {
  return code ? [countryName(code, 'en'), countryName(code, 'zh-CN')] : [];
}

/**
 * Whether an account matches every word of a search (name, website, email, phone, tax ID, city,
 * province; industry and country in English or Chinese).
 */
export function accountMatches(account: Account, search: string): boolean {
  const words = foldText(search).split(/\s+/u).filter(Boolean);
  if (words.length === 0) return true;
  const text = foldText(
    [
      account.name,
      account.website,
      account.email,
      account.phone,
      // "制造" finds a customer in "Manufacturing", and the other way round.
      ...industryTerms(account.industry),
      account.taxId,
      account.address?.city,
      account.address?.region,
      // "Germany" and "德国" both find a customer in DE.
      ...countryNames(account.country ?? account.address?.country),
    ]
      .filter(Boolean)
      .join(' '),
  );
  return words.every((word) => text.includes(word));
}
