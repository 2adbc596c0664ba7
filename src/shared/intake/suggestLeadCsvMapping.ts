import {
  type LeadCsvMapping,
  type LeadCsvPresetId,
  type LeadCsvTarget,
  leadCsvPresets,
} from './leadCsvPresets.ts';
import { normalizeCsvKey } from './leadCsvValues.ts';

// Headers people type by hand, beyond the presets' own column names.
const headerAliases: Record<string, LeadCsvTarget> = {
  name: 'fullName',
  fullname: 'fullName',
  contact: 'fullName',
  联系人: 'fullName',
  客户姓名: 'fullName',
  名: 'firstName',
  姓: 'lastName',
  givenname: 'firstName',
  surname: 'lastName',
  familyname: 'lastName',
  organization: 'company',
  organisation: 'company',
  account: 'company',
  accountname: 'company',
  公司名称: 'company',
  单位: 'company',
  jobtitle: 'title',
  position: 'title',
  职务: 'title',
  email: 'email',
  emailaddress: 'email',
  mail: 'email',
  电子邮件: 'email',
  电子邮箱: 'email',
  phone: 'phone',
  telephone: 'phone',
  tel: 'phone',
  phonenumber: 'phone',
  电话: 'phone',
  手机号: 'phone',
  手机号码: 'phone',
  联系电话: 'phone',
  mobile: 'mobile',
  mobilephone: 'mobile',
  leadsource: 'source',
  source: 'source',
  originalsource: 'source',
  线索来源: 'source',
  leadstatus: 'status',
  线索状态: 'status',
  description: 'notes',
  note: 'notes',
  notes: 'notes',
  comments: 'notes',
  说明: 'notes',
  country: 'country',
  countryregion: 'country',
  国家地区: 'country',
};

const knownHeaders = new Map<string, LeadCsvTarget>();
for (const preset of Object.values(leadCsvPresets)) {
  for (const column of preset.columns) {
    const key = normalizeCsvKey(column.header);
    if (!knownHeaders.has(key)) knownHeaders.set(key, column.target);
  }
}
for (const [alias, target] of Object.entries(headerAliases)) knownHeaders.set(alias, target);

export type LeadCsvMappingSuggestion = {
  presetId: LeadCsvPresetId | null;
  mapping: LeadCsvMapping;
};

/**
 * Guesses the mapping step's starting point from a file's headers: the preset whose exact
 * column names match best (at least two), and a target for every header (`ignore` if unknown).
 */
export function suggestLeadCsvMapping(headers: readonly string[]): LeadCsvMappingSuggestion {
  const trimmed = headers.map((header) => header.replace(/^\uFEFF/u, '').trim());
  let presetId: LeadCsvPresetId | null = null;
  let best = 1;
  for (const preset of Object.values(leadCsvPresets)) {
    const names = new Set(preset.columns.map((column) => column.header));
    const score = trimmed.filter((header) => names.has(header)).length;
    if (score > best) {
      best = score;
      presetId = preset.id;
    }
  }
  const presetTargets = new Map(
    presetId
      ? leadCsvPresets[presetId].columns.map((c) => [normalizeCsvKey(c.header), c.target] as const)
      : [],
  );
  const columns: Record<string, LeadCsvTarget> = {};
  for (const header of trimmed) {
    if (header === '') continue;
    const key = normalizeCsvKey(header);
    columns[header] = presetTargets.get(key) ?? knownHeaders.get(key) ?? 'ignore';
  }
  return { presetId, mapping: { columns } };
}
