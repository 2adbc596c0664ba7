import { Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { purchaseTimelines } from '../../../../shared/domain/lead.ts';
import { currencyChoicesWith } from '../../../data/index.ts';
import { countryOptions } from '../../../i18n/countryOptions.ts';
import { IndustryInput } from '../../../ui/IndustryInput.tsx';
import type { LeadForm } from '../hooks/useLeadForm.ts';
import type { LeadFieldError } from '../utils/leadFieldErrors.ts';

export type LeadQualificationFieldsProps = {
  form: LeadForm;
  /** The currencies a budget may be in (the company's, base first). */
  currencies: readonly string[];
};

/** What qualifying a lead finds out (BANT and territory), edited with the lead; the score reads it. */
export function LeadQualificationFields({ form, currencies }: LeadQualificationFieldsProps) {
  const { t, i18n } = useTranslation();
  const { values, errors, setField } = form;
  const errorFor = (code: LeadFieldError | undefined) =>
    code === 'flag' ? true : code ? t(`leads.errors.${code}`) : undefined;
  const currencyChoices = currencyChoicesWith(values.budgetCurrency, currencies);
  const countries = useMemo(
    () => countryOptions(i18n.language, values.country),
    [i18n.language, values.country],
  );

  return (
    <Stack gap="md">
      <div>
        <Title order={3} fz="sm">
          {t('leads.detail.qualification')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('leads.detail.qualificationHint')}
        </Text>
      </div>
      <SimpleGrid cols={2} spacing="md">
        <IndustryInput
          label={t('leads.fields.industry')}
          value={values.industry}
          onChange={(industry) => setField('industry', industry)}
          error={errorFor(errors.industry)}
        />
        <TextInput
          label={t('leads.fields.companySizeInput')}
          value={values.companySize}
          onChange={(event) => setField('companySize', event.currentTarget.value)}
          error={errorFor(errors.companySize)}
          inputMode="numeric"
          autoComplete="off"
        />
      </SimpleGrid>
      <SimpleGrid cols={2} spacing="md">
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            label={t('leads.fields.budget')}
            value={values.budget}
            onChange={(event) => setField('budget', event.currentTarget.value)}
            error={errorFor(errors.budget)}
            inputMode="decimal"
            autoComplete="off"
            style={{ flex: 1 }}
          />
          <Select
            label={t('leads.fields.budgetCurrency')}
            data={currencyChoices}
            value={values.budgetCurrency}
            onChange={(value) => {
              if (value) setField('budgetCurrency', value);
            }}
            allowDeselect={false}
            w={100}
          />
        </Group>
        <Select
          label={t('leads.fields.purchaseTimeline')}
          placeholder={t('leads.timelines.unknown')}
          data={purchaseTimelines.map((timeline) => ({
            value: timeline,
            label: t(`leads.timelines.${timeline}`),
          }))}
          value={values.purchaseTimeline}
          onChange={(value) =>
            setField(
              'purchaseTimeline',
              purchaseTimelines.find((timeline) => timeline === value) ?? null,
            )
          }
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
          error={errorFor(errors.purchaseTimeline)}
        />
      </SimpleGrid>
      <TextInput
        label={t('leads.fields.productInterest')}
        value={values.productInterest}
        onChange={(event) => setField('productInterest', event.currentTarget.value)}
        error={errorFor(errors.productInterest)}
        autoComplete="off"
      />
      <SimpleGrid cols={3} spacing="md">
        <Select
          label={t('leads.fields.country')}
          data={countries}
          value={values.country || null}
          onChange={(value) => setField('country', value ?? '')}
          error={errorFor(errors.country)}
          searchable
          clearable
        />
        <TextInput
          label={t('leads.fields.region')}
          value={values.region}
          onChange={(event) => setField('region', event.currentTarget.value)}
          error={errorFor(errors.region)}
          autoComplete="off"
        />
        <TextInput
          label={t('leads.fields.postalCode')}
          value={values.postalCode}
          onChange={(event) => setField('postalCode', event.currentTarget.value)}
          error={errorFor(errors.postalCode)}
          autoComplete="off"
        />
      </SimpleGrid>
    </Stack>
  );
}
