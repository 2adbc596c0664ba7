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
 * Whether a choice (a label in the UI's language) answers what was typed: typed text found in
 * any of its names, in either language, so "machin" offers 机械设备 and "物流" offers Logistics.
 */
export function industryChoiceMatches(choice: string, typed: string): boolean {
  const search = foldText(typed);
  if (search === '') return true;
  const code = recognizeIndustry(choice);
  const names = code === undefined ? [choice] : industryNames(code);
  return names.some((name) => foldText(name).includes(search));
}
