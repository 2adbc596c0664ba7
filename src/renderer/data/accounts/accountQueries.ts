import type { Account } from '../../../shared/domain/account.ts';
import { foldText } from '../../../shared/qualification/foldText.ts';

/** Whether an account matches every word of a search (name, website, email, phone, industry). */
export function accountMatches(account: Account, search: string): boolean {
  const words = foldText(search).split(/\s+/u).filter(Boolean);
  if (words.length === 0) return true;
  const text = foldText(
    [account.name, account.website, account.email, account.phone, account.industry, account.taxId]
      .filter(Boolean)
      .join(' '),
  );
  return words.every((word) => text.includes(word));
}
