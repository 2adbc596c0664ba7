/** Edit distance between two strings, counted in code points so a CJK character is one edit. */
export function levenshtein(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  if (left.length === 0) return right.length;
  if (right.length === 0) return left.length;
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}

/**
 * How alike two normalized strings are, 0..1: 1 − edit distance / longer length. A string
 * wholly inside the other counts 0.9 when the shorter has 4+ characters (上海华东贸易 ⊃ 华东贸易).
 * `atLeast` lets callers skip the full computation when lengths alone rule a match out.
 */
export function similarity(a: string, b: string, atLeast = 0): number {
  if (a === '' || b === '') return 0;
  if (a === b) return 1;
  const lengthA = Array.from(a).length;
  const lengthB = Array.from(b).length;
  const longer = Math.max(lengthA, lengthB);
  const shorter = Math.min(lengthA, lengthB);
  const contained = shorter >= 4 && (a.includes(b) || b.includes(a)) ? 0.9 : 0;
  // The distance is at least the length difference, so this bounds the ratio from above.
  if (Math.max(contained, shorter / longer) < atLeast) return 0;
  return Math.max(contained, 1 - levenshtein(a, b) / longer);
}
