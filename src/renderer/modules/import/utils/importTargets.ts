import type { TFunction } from 'i18next';
import { recordCsvTargets } from '../../../../shared/intake/recordCsvPresets.ts';
import type { ImportEntity } from '../../../data/import/importTypes.ts';

const leadTargets = [
  'firstName',
  'lastName',
  'fullName',
  'company',
  'title',
  'email',
  'phone',
  'mobile',
  'source',
  'status',
  'rating',
  'industry',
  'country',
  'notes',
] as const;

/** The fields a column can go to, per entity, in the order the mapping step lists them. */
export function importTargets(entity: ImportEntity): readonly string[] {
  return entity === 'leads' ? leadTargets : recordCsvTargets[entity];
}

/** The column presets the mapping step offers per entity. */
export function importPresets(entity: ImportEntity): readonly string[] {
  return entity === 'leads'
    ? ['salesforce', 'hubspot', 'excelZh', 'fieldbook']
    : ['salesforce', 'hubspot', 'fieldbook'];
}

/** A target's label: `price.CNY` reads "List price CNY". */
export function targetLabel(t: TFunction, target: string): string {
  if (target === 'ignore') return t('import.mapping.ignore');
  if (target.startsWith('price.'))
    return t('import.targets.price', { currency: target.slice('price.'.length) });
  return t(`import.targets.${target}`, { defaultValue: target });
}

/** An issue code's text; unknown codes (a future check) fall back to "not valid". */
export function issueLabel(t: TFunction, code: string): string {
  return t(`import.issues.${code}`, { defaultValue: t('import.issues.invalidValue') });
}
