import { Select, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentTerm } from '../../../../shared/quotes/quoteTermsDefaults.ts';

export type PaymentTermsFieldProps = {
  days: number | undefined;
  /** The company's payment terms from settings; without any, the days are typed. */
  terms: readonly PaymentTerm[];
  editable: boolean;
  onChange: (days: number) => void;
  /** Another label than the builder's. */
  label?: string;
};

/** Payment terms as a choice from the company's list (`Net 30`), stored as days. */
export function PaymentTermsField({
  days,
  terms,
  editable,
  onChange,
  label,
}: PaymentTermsFieldProps) {
  const { t, i18n } = useTranslation();
  const [typed, setTyped] = useState(String(days ?? ''));
  useEffect(() => setTyped(String(days ?? '')), [days]);

  if (terms.length === 0) {
    const value = /^\d{1,3}$/.test(typed.trim()) ? Number(typed.trim()) : undefined;
    const invalid = typed.trim() !== '' && (value === undefined || value > 365);
    return (
      <TextInput
        label={label ?? t('quotes.terms.paymentTermsDays')}
        value={typed}
        readOnly={!editable}
        inputMode="numeric"
        error={invalid ? t('quotes.terms.daysInvalid') : undefined}
        onChange={(event) => setTyped(event.currentTarget.value)}
        onBlur={() => {
          if (!invalid && value !== undefined && value !== days) onChange(value);
        }}
      />
    );
  }

  const zh = i18n.language.startsWith('zh');
  const options = new Map<string, string>();
  for (const term of terms) {
    const text = (zh ? term.label.zh : term.label.en) || term.label.en || term.label.zh;
    if (!options.has(String(term.days))) options.set(String(term.days), text);
  }
  // Days agreed elsewhere (the account's own terms) stay visible and selectable.
  if (days !== undefined && !options.has(String(days))) {
    options.set(String(days), t('quotes.terms.netDays', { count: days }));
  }
  return (
    <Select
      label={label ?? t('quotes.terms.paymentTerms')}
      data={[...options].map(([value, text]) => ({ value, label: text }))}
      value={days === undefined ? null : String(days)}
      readOnly={!editable}
      allowDeselect={false}
      placeholder={t('quotes.terms.paymentTermsPlaceholder')}
      onChange={(value) => {
        if (value !== null && Number(value) !== days) onChange(Number(value));
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
