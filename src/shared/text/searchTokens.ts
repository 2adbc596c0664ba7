// Search tokens shared by the index and the query so both split text the same way. CJK text has
// no spaces, so a run of CJK characters becomes its single characters and overlapping pairs:
// "星辰科技" -> 星 辰 科 技 星辰 辰科 科技. A query for "科技" then looks for the pair "科技".

const cjkRun =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3005\u3006\u30fc]+/gu;
const wordRun = /[\p{L}\p{N}]+/gu;
const isCjkChar = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Folds width, case and accents so "ＡＢＣ", "abc" and "ÀBC" compare alike. */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFKC').toLowerCase();
}

/** Tells whether the text contains a Chinese, Japanese or Korean character. */
export function hasCjk(text: string): boolean {
  return isCjkChar.test(text);
}

function cjkGrams(run: string, withUnigrams: boolean): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const grams: string[] = withUnigrams ? [...chars] : [];
  for (let i = 0; i + 1 < chars.length; i += 1) grams.push(`${chars[i]}${chars[i + 1]}`);
  return grams;
}

function tokenize(text: string, withUnigrams: boolean): string[] {
  const normalized = normalizeSearchText(text);
  const tokens: string[] = [];
  for (const run of normalized.matchAll(cjkRun)) tokens.push(...cjkGrams(run[0], withUnigrams));
  const latin = normalized.replace(cjkRun, ' ');
  for (const word of latin.matchAll(wordRun)) tokens.push(word[0]);
  return tokens;
}

/** Tokens to index for free text: Latin words, plus CJK characters and character pairs. */
export function textIndexTokens(text: string): string[] {
  return [...new Set(tokenize(text, true))];
}

/**
 * Tokens to index for a phone number: all its digits, and the digits from each written group on,
 * so "+86 138 0013 8000" is found by 8613800138000, 13800138000, 00138000 or 8000 (as prefixes).
 * Only group starts, not every tail: every tail multiplies the index's terms and slows typing.
 */
export function phoneIndexTokens(phone: string): string[] {
  const groups = phone.match(/\d+/g) ?? [];
  const tokens: string[] = [];
  for (let start = 0; start < groups.length; start += 1) {
    const tail = groups.slice(start).join('');
    if (start === 0 || tail.length >= 4) tokens.push(tail);
  }
  return tokens;
}

/**
 * Text to index for a person's name, so "王丽" (family name first, no space) and "Li Wang" are
 * both found whichever way round they are typed.
 */
export function personNameSearchText(firstName: string, lastName: string): string {
  if (hasCjk(firstName) || hasCjk(lastName)) return `${lastName}${firstName} ${firstName}`;
  return `${firstName} ${lastName}`;
}

/** Whether a query token should also match longer words: not a lone Latin letter or digit. */
export function isPrefixToken(token: string): boolean {
  return token.length > 1 || hasCjk(token);
}

/**
 * Tokens of a search query, each to be matched as a prefix. CJK runs longer than one character
 * give only their pairs, so "上海科技" does not match "上海星辰科技"; a query made only of
 * digits and phone punctuation becomes one run of digits.
 */
export function queryTokens(query: string): string[] {
  const trimmed = query.trim();
  if (/^[+\d\s().\-/]+$/.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, '');
    if (digits.length >= 3) return [digits];
  }
  return [...new Set(tokenize(trimmed, false))];
}
