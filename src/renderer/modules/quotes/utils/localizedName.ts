import type { LocalizedText } from '../../../../shared/domain/localizedTextSchema.ts';

/** A product name in the wanted language, else the other one (catalogs are often half-translated). */
export function localizedName(text: LocalizedText, language: string): string {
  const preferred = language.startsWith('zh') ? text.zh : text.en;
  const other = language.startsWith('zh') ? text.en : text.zh;
  return preferred.trim() || other;
}
