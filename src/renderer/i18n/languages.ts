export const supportedLanguages = ['zh-CN', 'en'] as const;
export type SupportedLanguage = (typeof supportedLanguages)[number];

const storageKey = 'fieldbook.language';

export function isSupportedLanguage(value: unknown): value is SupportedLanguage {
  return supportedLanguages.some((language) => language === value);
}

/** Maps a BCP 47 tag such as `zh-Hans-CN` or `en-GB` to the closest language we ship. */
export function matchLanguage(tag: string): SupportedLanguage | undefined {
  const lower = tag.toLowerCase();
  if (lower.startsWith('zh')) return 'zh-CN';
  if (lower.startsWith('en')) return 'en';
  return undefined;
}

/** The saved choice first, then the browser's preferences, then English. */
export function detectLanguage(
  storage: Pick<Storage, 'getItem'> | undefined = safeLocalStorage(),
  preferred: readonly string[] = typeof navigator === 'undefined' ? [] : navigatorLanguages(),
): SupportedLanguage {
  const saved = storage?.getItem(storageKey);
  if (isSupportedLanguage(saved)) return saved;
  for (const tag of preferred) {
    const match = matchLanguage(tag);
    if (match) return match;
  }
  return 'en';
}

export function saveLanguage(
  language: SupportedLanguage,
  storage: Pick<Storage, 'setItem'> | undefined = safeLocalStorage(),
): void {
  storage?.setItem(storageKey, language);
}

function navigatorLanguages(): readonly string[] {
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

// Private modes and sandboxed frames can throw on access to localStorage.
function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
