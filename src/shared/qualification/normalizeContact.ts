import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';
import { foldText, hasCjk, joinCjkSpaces } from './foldText.ts';

const gmailDomains = new Set(['gmail.com', 'googlemail.com']);

/**
 * An email address for comparison: NFKC (full-width ＠ from Chinese IMEs), trimmed, lower case.
 * Only Gmail ignores dots and `+tags` in the local part, so only Gmail addresses drop them.
 */
export function normalizeEmail(email: string | undefined): string {
  const folded = foldText(email).replace(/\s/gu, '');
  const at = folded.lastIndexOf('@');
  if (at <= 0) return folded;
  const domain = folded.slice(at + 1);
  if (!gmailDomains.has(domain)) return folded;
  const local = (folded.slice(0, at).split('+')[0] ?? '').replaceAll('.', '');
  return `${local}@gmail.com`;
}

/** The domain of an email address (`huadong-trade.cn`), or '' without one. */
export function emailDomain(email: string | undefined): string {
  const normalized = normalizeEmail(email);
  const at = normalized.lastIndexOf('@');
  return at <= 0 ? '' : normalized.slice(at + 1);
}

/** A phone number in E.164 (`+8613800138000`), national numbers read in `defaultCountry`; '' when it cannot be a number. */
export function normalizePhone(phone: string | undefined, defaultCountry: CountryCode): string {
  const text = foldText(phone);
  if (text === '') return '';
  const parsed = parsePhoneNumberFromString(text, defaultCountry);
  return parsed?.isPossible() ? parsed.number : '';
}

/**
 * A person's name for comparison: NFKC, case-folded, family and given name in either order
 * ("Li Wang" = "wang li"), no spaces around CJK ("王 丽" = "王丽").
 */
export function normalizePersonName(name: { firstName?: string; lastName?: string }): string {
  const first = foldText(name.firstName);
  const last = foldText(name.lastName);
  const joined = `${last} ${first}`.trim();
  if (hasCjk(joined)) return joinCjkSpaces(joined);
  return joined.split(' ').sort().join(' ');
}

// Longest first, so "股份有限公司" goes before "有限公司" and "co., ltd." before "ltd.".
const legalSuffixes = [
  '股份有限公司',
  '有限责任公司',
  '集团有限公司',
  '有限公司',
  '株式会社',
  '集团',
  '公司',
  'co., ltd.',
  'co.,ltd.',
  'co. ltd.',
  'co., ltd',
  'co ltd',
  'pty ltd',
  'pty. ltd.',
  'limited',
  'ltd.',
  'ltd',
  'l.l.c.',
  'llc',
  'gmbh & co. kg',
  'gmbh',
  'ag',
  'inc.',
  'inc',
  'corporation',
  'corp.',
  'corp',
  'company',
  'co.',
  'co',
  'plc',
  's.a.',
  'sa',
  'sas',
  'sarl',
  'b.v.',
  'bv',
  'k.k.',
  'kk',
].sort((a, b) => b.length - a.length);

/**
 * A company name for comparison: NFKC, case-folded, bracketed places ("（深圳）"), legal
 * suffixes (有限公司, Co., Ltd., GmbH, Inc.) and punctuation dropped, no spaces around CJK.
 */
export function normalizeCompanyName(company: string | undefined): string {
  const folded = foldText(company);
  const unbracketed = folded
    .replace(/\([^()]*\)/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  let name = unbracketed === '' ? folded : unbracketed;
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const suffix of legalSuffixes) {
      if (!name.endsWith(suffix) || name.length === suffix.length) continue;
      const before = name[name.length - suffix.length - 1] ?? '';
      // Latin suffixes must stand alone ("tesco" does not end in "co"); CJK ones need not.
      if (!hasCjk(suffix) && /[\p{L}\p{N}]/u.test(before)) continue;
      name = name.slice(0, -suffix.length).replace(/[\s,.]+$/u, '');
      stripped = true;
      break;
    }
  }
  return joinCjkSpaces(
    name
      .replace(/[^\p{L}\p{N}\s]/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim(),
  );
}
