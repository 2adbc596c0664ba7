// Han (incl. extensions), Hiragana, Katakana and Hangul: scripts written family name first.
const eastAsian = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const onlyEastAsian =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fb\u00b7]+$/u;

/**
 * A person's display name: Chinese, Japanese and Korean names family name first with no space
 * (王丽), other names "First Last"; copes with either part missing and stray spaces. Mixed-script
 * names (王 + Li) keep the family-first order but get a space.
 */
export function formatPersonName({
  firstName,
  lastName,
}: {
  firstName?: string | undefined;
  lastName?: string | undefined;
}): string {
  const given = (firstName ?? '').trim().replace(/\s+/g, ' ');
  const family = (lastName ?? '').trim().replace(/\s+/g, ' ');
  if (given === '' || family === '') return given || family;
  if (!eastAsian.test(given) && !eastAsian.test(family)) return `${given} ${family}`;
  const separator = onlyEastAsian.test(given) && onlyEastAsian.test(family) ? '' : ' ';
  return `${family}${separator}${given}`;
}
