import type { TFunction } from 'i18next';
import { industryCodes, industryNames, recognizeIndustry } from '../../shared/domain/industry.ts';
import { foldText } from '../../shared/qualification/foldText.ts';

/** An industry as the reader's language names it; text naming no known industry stays as it is. */
export function industryLabel(text: string, t: TFunction): string {
  const code = recognizeIndustry(text);
  return code === undefined ? text : t(`industries.${code}`);
}

/** The known industries' names in the UI's language, sorted as that language sorts. */
export function industryChoices(t: TFunction, language: string): string[] {
  const collator = new Intl.Collator(language);
  return industryCodes
    .filter((code) => code !== 'other')
    .map((code) => t(`industries.${code}`))
    .sort(collator.compare)
    .concat(t('industries.other'));
}

/**
 * How well a choice (a label in the UI's language) answers what was typed, best first: 0 when
 * typed text is in one of its names in either language (its labels), 1 when only in another
 * spelling ("制造" is in 机械制造, a name of Machinery), undefined when in none. So "machin" offers
 * 机械设备 and "制造" offers Manufacturing before Machinery.
 */
export function industryChoiceRank(choice: string, typed: string): number | undefined {
  const search = foldText(typed);
  if (search === '') return 0;
  const code = recognizeIndustry(choice);
  const names = code === undefined ? [choice] : industryNames(code);
  const at = names.findIndex((name) => foldText(name).includes(search));
  if (at === -1) return undefined;
  return at < 2 ? 0 : 1;
}
