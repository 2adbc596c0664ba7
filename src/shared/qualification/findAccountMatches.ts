import type { Account } from '../domain/account.ts';
import type { Lead } from '../domain/lead.ts';
import { isFreeMailDomain } from './freeMailDomains.ts';
import { emailDomain, normalizeCompanyName } from './normalizeContact.ts';
import { similarity } from './similarity.ts';

export type AccountMatchReason = 'sameName' | 'similarName' | 'sameDomain';

/** An existing account the lead may belong to, why, and how sure (0..1). */
export type AccountMatch = { account: Account; confidence: number; reasons: AccountMatchReason[] };

/** The host of a website or URL without `www.` (`https://www.huadong-trade.cn/en` → `huadong-trade.cn`). */
export function websiteDomain(website: string | undefined): string {
  const text = (website ?? '').trim().toLowerCase();
  const host = text.replace(/^[a-z][a-z0-9+.-]*:\/\//u, '').split(/[/?#:]/u)[0] ?? '';
  return host.replace(/^www\./u, '');
}

/**
 * Finds accounts a lead likely belongs to, most likely first: the same company name once legal
 * suffixes are gone, a similar one, or the lead's work email domain matching the account's
 * website or email (personal mailboxes such as qq.com never match).
 */
export function findAccountMatches({
  lead,
  accounts,
  minConfidence = 0.5,
}: {
  lead: Pick<Lead, 'company' | 'email'>;
  accounts: readonly Account[];
  minConfidence?: number;
}): AccountMatch[] {
  const name = normalizeCompanyName(lead.company);
  const leadDomain = emailDomain(lead.email);
  const domain = isFreeMailDomain(leadDomain) ? '' : leadDomain;
  const matches: AccountMatch[] = [];
  for (const account of accounts) {
    const reasons: AccountMatchReason[] = [];
    let unlikely = 1;
    const nameSimilarity = similarity(name, normalizeCompanyName(account.name), 0.8);
    if (nameSimilarity === 1) {
      reasons.push('sameName');
      unlikely *= 0.1;
    } else if (nameSimilarity >= 0.8) {
      reasons.push('similarName');
      unlikely *= 1 - 0.7 * nameSimilarity;
    }
    if (
      domain !== '' &&
      (websiteDomain(account.website) === domain || emailDomain(account.email) === domain)
    ) {
      reasons.push('sameDomain');
      unlikely *= 0.2;
    }
    const confidence = Math.round((1 - unlikely) * 1000) / 1000;
    if (reasons.length > 0 && confidence >= minConfidence)
      matches.push({ account, confidence, reasons });
  }
  return matches.sort((a, b) => b.confidence - a.confidence);
}
