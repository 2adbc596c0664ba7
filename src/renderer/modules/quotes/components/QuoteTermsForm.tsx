import { SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quote } from '../../../../shared/domain/quote.ts';

export type TermsPatch = { terms?: string; validUntil?: string; paymentTermsDays?: number };

export type QuoteTermsFormProps = {
  quote: Quote;
  editable: boolean;
  onSave: (patch: TermsPatch) => void;
};

/** Validity date, payment terms and the terms text; each saved when the field is left. */
export function QuoteTermsForm({ quote, editable, onSave }: QuoteTermsFormProps) {
  const { t } = useTranslation();
  const [validUntil, setValidUntil] = useState(quote.validUntil);
  const [days, setDays] = useState(String(quote.paymentTermsDays ?? ''));
  const [terms, setTerms] = useState(quote.terms);

  // A synced change from another device replaces what is shown.
  useEffect(() => setValidUntil(quote.validUntil), [quote.validUntil]);
  useEffect(() => setDays(String(quote.paymentTermsDays ?? '')), [quote.paymentTermsDays]);
  useEffect(() => setTerms(quote.terms), [quote.terms]);

  const daysValue = /^\d{1,3}$/.test(days.trim()) ? Number(days.trim()) : undefined;
  const daysInvalid = days.trim() !== '' && (daysValue === undefined || daysValue > 365);

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
        <TextInput
          label={t('quotes.terms.paymentTermsDays')}
          value={days}
          readOnly={!editable}
          inputMode="numeric"
          error={daysInvalid ? t('quotes.terms.daysInvalid') : undefined}
          onChange={(event) => setDays(event.currentTarget.value)}
          onBlur={() => {
            if (!daysInvalid && daysValue !== undefined && daysValue !== quote.paymentTermsDays)
              onSave({ paymentTermsDays: daysValue });
          }}
        />
      </SimpleGrid>
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
