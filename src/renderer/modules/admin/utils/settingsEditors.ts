/** The settings editors of the settings hub that live under `/settings/:editor`. */
export const settingsEditorKeys = [
  'company',
  'currencies',
  'taxRates',
  'paymentTerms',
  'quoteTerms',
  'approvalThresholds',
  'numberSeries',
  'consentTexts',
  'eventQuestions',
] as const;
export type SettingsEditorKey = (typeof settingsEditorKeys)[number];

export function isSettingsEditorKey(value: string | undefined): value is SettingsEditorKey {
  return settingsEditorKeys.some((key) => key === value);
}

/** The i18n key of an editor's title and description under `admin.settings`. */
export const editorTextKey: Record<SettingsEditorKey, string> = {
  company: 'companyProfile',
  currencies: 'currencies',
  taxRates: 'taxRates',
  paymentTerms: 'paymentTerms',
  quoteTerms: 'quoteTerms',
  approvalThresholds: 'approvalThresholds',
  numberSeries: 'numberSeries',
  consentTexts: 'consentTexts',
  eventQuestions: 'eventQuestionTemplates',
};
