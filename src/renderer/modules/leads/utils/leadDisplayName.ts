import type { TFunction } from 'i18next';
import type { Lead } from '../../../../shared/domain/lead.ts';
import { formatPersonName } from '../../../../shared/text/formatPersonName.ts';

/** The person's name in their own order (王丽, Anna Berg), else the company, else a placeholder. */
export function leadDisplayName(
  lead: Pick<Lead, 'firstName' | 'lastName' | 'company'>,
  t: TFunction,
): string {
  const name = formatPersonName({ firstName: lead.firstName, lastName: lead.lastName });
  return name || lead.company || t('leads.unnamed');
}

/** One or two letters for an avatar: the family name's first character for CJK names. */
export function leadInitials(lead: Pick<Lead, 'firstName' | 'lastName' | 'company'>): string {
  const cjk = /[\u3400-\u9fff\uf900-\ufaff]/;
  if (cjk.test(lead.lastName)) return Array.from(lead.lastName)[0] ?? '';
  if (cjk.test(lead.firstName)) return Array.from(lead.firstName)[0] ?? '';
  const letters = [lead.firstName, lead.lastName]
    .map((part) => Array.from(part.trim())[0] ?? '')
    .join('');
  return (letters || Array.from(lead.company.trim())[0] || '?').toUpperCase();
}
