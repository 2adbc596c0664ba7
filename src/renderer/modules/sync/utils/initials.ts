const cjk = /[\u3400-\u9fff\uf900-\ufaff]/;

/** One or two letters for an avatar: 张 for 张伟, AB for Anna Berg, from the email without a name. */
export function initials(name: string, email: string): string {
  const words = (name.trim() || email.split('@')[0] || '')
    .split(/[\s._\-()（）]+/)
    .filter((word) => word.length > 0);
  const first = Array.from(words[0] ?? '?');
  if (cjk.test(first[0] ?? '')) return first[0] ?? '?';
  const second = Array.from(words[1] ?? '');
  return `${first[0] ?? ''}${second[0] ?? ''}`.toUpperCase() || '?';
}
