/** Text compared without case, width or spacing differences: NFKC (full-width → ASCII), lower case, single spaces, trimmed. */
export function foldText(text: string | undefined): string {
  if (text === undefined) return '';
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const wordChar = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}]/u;

/** Tells whether text contains any East Asian (CJK) character. */
export function hasCjk(text: string): boolean {
  return cjk.test(text);
}

/** Drops spaces that touch a CJK character: "王 丽" and "王丽" are the same name. */
export function joinCjkSpaces(text: string): string {
  return text.replace(
    /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]) +|(?<! ) +(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])/gu,
    '',
  );
}

/**
 * Tells whether folded `text` contains folded `keyword` as a whole word: a keyword edge that is
 * a Latin letter or digit must not touch another one ("cto" is not in "director"), while CJK
 * keywords match anywhere ("经理" is in "采购经理").
 */
export function containsKeyword(text: string, keyword: string): boolean {
  if (keyword === '') return false;
  const first = keyword[0] ?? '';
  const last = keyword[keyword.length - 1] ?? '';
  const checkBefore = wordChar.test(first);
  const checkAfter = wordChar.test(last);
  let from = text.indexOf(keyword);
  while (from !== -1) {
    const before = text[from - 1];
    const after = text[from + keyword.length];
    const okBefore = !checkBefore || before === undefined || !wordChar.test(before);
    const okAfter = !checkAfter || after === undefined || !wordChar.test(after);
    if (okBefore && okAfter) return true;
    from = text.indexOf(keyword, from + 1);
  }
  return false;
}
