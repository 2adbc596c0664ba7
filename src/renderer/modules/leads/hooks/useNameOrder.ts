import { useTranslation } from 'react-i18next';
import type { NameOrder } from '../utils/leadFieldErrors.ts';

/** Chinese forms ask for the family name first; English forms for the given name. */
export function useNameOrder(): NameOrder {
  const { i18n } = useTranslation();
  return i18n.language.startsWith('zh') ? 'familyFirst' : 'givenFirst';
}
