import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quote } from '../../../../shared/domain/quote.ts';
import { templatesForLanguage } from '../../../../shared/quotes/quoteTermsDefaults.ts';
import { useQuoteTermsSettings } from '../../../data/index.ts';
import { PaymentTermsField } from './PaymentTermsField.tsx';

export type TermsPatch = { terms?: string; validUntil?: string; paymentTermsDays?: number };

export type QuoteTermsFormProps = {
  quote: Quote;
  editable: boolean;
  onSave: (patch: TermsPatch) => void;
};

/**
 * Validity date, payment terms (from the company's list in settings) and the terms text, which
 * can start from a template in settings; each saved when the field is left or a choice is made.
 */
export function QuoteTermsForm({ quote, editable, onSave }: QuoteTermsFormProps) {
  const { t, i18n } = useTranslation();
  const { templates, paymentTerms } = useQuoteTermsSettings();
  const [validUntil, setValidUntil] = useState(quote.validUntil);
  const [terms, setTerms] = useState(quote.terms);
  const language = quote.language ?? (i18n.language.startsWith('zh') ? 'zh-CN' : 'en');

  // A synced change from another device replaces what is shown.
  useEffect(() => setValidUntil(quote.validUntil), [quote.validUntil]);
  useEffect(() => setTerms(quote.terms), [quote.terms]);

  const templateOptions = templatesForLanguage({ templates, language }).map((template) => ({
    value: template.id,
    label: t('quotes.terms.templateOption', {
      name: template.name,
      language: t(`quotes.terms.languages.${template.language}`),
    }),
  }));

  const handleTemplate = (id: string | null) => {
    const template = templates.find((item) => item.id === id);
    if (!template) return;
    setTerms(template.text);
    if (template.text !== quote.terms) onSave({ terms: template.text });
  };

  return (
    <Stack gap="sm">
      <SimpleGrid cols={2} spacing="sm">
        <TextInput
          type="date"
          label={t('quotes.terms.validUntil')}
          value={validUntil}
          readOnly={!editable}
          onChange={(event) => setValidUntil(event.currentTarget.value)}
          onBlur={() => {
            if (validUntil && validUntil !== quote.validUntil) onSave({ validUntil });
          }}
        />
        <PaymentTermsField
          days={quote.paymentTermsDays}
          terms={paymentTerms}
          editable={editable}
          onChange={(paymentTermsDays) => onSave({ paymentTermsDays })}
        />
      </SimpleGrid>
      {editable && templateOptions.length > 0 && (
        <Select
          label={t('quotes.terms.template')}
          placeholder={t('quotes.terms.templatePlaceholder')}
          data={templateOptions}
          value={null}
          onChange={handleTemplate}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
      )}
      <Textarea
        label={t('quotes.terms.terms')}
        value={terms}
        readOnly={!editable}
        autosize
        minRows={3}
        maxRows={10}
        onChange={(event) => setTerms(event.currentTarget.value)}
        onBlur={() => {
          if (terms !== quote.terms) onSave({ terms });
        }}
      />
    </Stack>
  );
}
