// Two-character family names (复姓); a 3+ character Han name starting with one of these is
// split after the second character. Two-character names like 欧阳 alone stay 欧 + 阳.
const compoundSurnames = new Set([
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '司空',
  '夏侯',
  '轩辕',
  '令狐',
  '钟离',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '百里',
  '呼延',
  '万俟',
  '澹台',
  '公冶',
  '太史',
  '申屠',
  '闻人',
  '赫连',
  '拓跋',
  '完颜',
  '濮阳',
  '单于',
  '东郭',
  '南门',
  '羊舌',
  '微生',
  '梁丘',
  '左丘',
  '东门',
  '公羊',
  '第五',
  '乐正',
  '漆雕',
  '仲孙',
  '叔孙',
  '谷梁',
  '宰父',
  '巫马',
  '公西',
  '颛孙',
  '壤驷',
  '公良',
  '段干',
  '司寇',
  '子车',
  '亓官',
  '鲜于',
  '闾丘',
  '歐陽',
  '司馬',
  '諸葛',
  '東方',
  '尉遲',
  '公孫',
  '長孫',
  '軒轅',
  '鍾離',
  '獨孤',
  '南宮',
  '西門',
]);

const hanOnly = /^[\p{Script=Han}\u00b7\u30fb]+$/u;
const eastAsianFamilyFirst =
  /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

export type SplitName = { firstName: string; lastName: string };

/** The family name of a Chinese name written without a space (王丽 → 王, 欧阳娜娜 → 欧阳). */
export function chineseFamilyName(fullName: string): string {
  const chars = Array.from(fullName);
  if (chars.length >= 3 && compoundSurnames.has(chars.slice(0, 2).join(''))) {
    return chars.slice(0, 2).join('');
  }
  return chars[0] ?? '';
}

/**
 * Splits a full name from one column into given and family name: Chinese names family name
 * first (王丽 → 王 + 丽, 欧阳娜娜 → 欧阳 + 娜娜), "Family, Given" by the comma, other names
 * "Given … Family" with the last word as family name.
 */
export function splitFullName(fullName: string): SplitName {
  const name = fullName.trim().replace(/\s+/g, ' ');
  if (name === '') return { firstName: '', lastName: '' };
  const comma = name.match(/^([^,，]+)[,，]\s*(.+)$/u);
  if (comma?.[1] && comma[2]) return { lastName: comma[1].trim(), firstName: comma[2].trim() };
  if (hanOnly.test(name)) {
    // Ethnic-minority names transliterated with a middle dot (买买提·艾力) are given·family.
    const dot = name.split(/[\u00b7\u30fb]/u);
    if (dot.length > 1)
      return { firstName: dot.slice(0, -1).join('·'), lastName: dot.at(-1) ?? '' };
    if (Array.from(name).length === 1) return { firstName: '', lastName: name };
    const family = chineseFamilyName(name);
    return { lastName: family, firstName: name.slice(family.length) };
  }
  const words = name.split(' ');
  if (words.length === 1) return { firstName: name, lastName: '' };
  // "王 丽" or "김 민준": East Asian names keep family name first even with a space.
  if (eastAsianFamilyFirst.test(name)) {
    return { lastName: words[0] ?? '', firstName: words.slice(1).join(' ') };
  }
  return { firstName: words.slice(0, -1).join(' '), lastName: words.at(-1) ?? '' };
}
