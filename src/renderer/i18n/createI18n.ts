import i18next, { type i18n } from 'i18next';
import {
  detectLanguage,
  isSupportedLanguage,
  type SupportedLanguage,
  saveLanguage,
} from './languages.ts';
import { en } from './resources/en.ts';
import { zhCN } from './resources/zhCN.ts';

export const resources = {
  en: { translation: en },
  'zh-CN': { translation: zhCN },
} as const;

/**
 * One i18next instance per app (and per test), initialised synchronously because every
 * translation is bundled: the first render already has its strings.
 */
export function createI18n(language: SupportedLanguage = detectLanguage()): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['zh-CN', 'en'],
    initAsync: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  applyDocumentLanguage(language);
  instance.on('languageChanged', (next) => {
    if (!isSupportedLanguage(next)) return;
    saveLanguage(next);
    applyDocumentLanguage(next);
  });
  return instance;
}

// The lang attribute lets the browser pick CJK glyphs and screen readers pick a voice.
function applyDocumentLanguage(language: SupportedLanguage): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
}
