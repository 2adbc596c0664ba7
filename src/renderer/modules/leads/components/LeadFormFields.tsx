import { Checkbox, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { leadRatings, leadSources } from '../../../../shared/domain/lead.ts';
import type { ShownConsentText } from '../../../../shared/intake/settingConsent.ts';
import type { LeadForm } from '../hooks/useLeadForm.ts';
import { useNameOrder } from '../hooks/useNameOrder.ts';
import type { LeadFieldError } from '../utils/leadFieldErrors.ts';

export type LeadFormFieldsProps = {
  form: LeadForm;
  eventOptions: ReadonlyArray<{ id: string; name: string }>;
  /** The field that gets focus first (given or family name, by language). */
  firstFieldRef?: Ref<HTMLInputElement>;
  /** The consent wording from settings, shown with the checkbox (what the lead agrees to). */
  consentText?: ShownConsentText | undefined;
};

/** Every field of a lead, shared by quick capture and edit so both validate and read the same. */
export function LeadFormFields({
  form,
  eventOptions,
  firstFieldRef,
  consentText,
}: LeadFormFieldsProps) {
  const { t } = useTranslation();
  const nameOrder = useNameOrder();
  const { values, errors, setField } = form;

  const errorFor = (code: LeadFieldError | undefined) =>
    code === 'flag' ? true : code ? t(`leads.errors.${code}`) : undefined;

  const firstName = (
    <TextInput
      key="firstName"
      label={t('leads.fields.firstName')}
      value={values.firstName}
      onChange={(event) => setField('firstName', event.currentTarget.value)}
      error={errorFor(errors.firstName)}
      autoComplete="off"
      ref={nameOrder === 'givenFirst' ? firstFieldRef : undefined}
      data-autofocus={nameOrder === 'givenFirst' || undefined}
    />
  );
  const lastName = (
    <TextInput
      key="lastName"
      label={t('leads.fields.lastName')}
      value={values.lastName}
      onChange={(event) => setField('lastName', event.currentTarget.value)}
      error={errorFor(errors.lastName)}
      autoComplete="off"
      ref={nameOrder === 'familyFirst' ? firstFieldRef : undefined}
      data-autofocus={nameOrder === 'familyFirst' || undefined}
    />
  );

  return (
    <Stack gap="md">
      <SimpleGrid cols={2} spacing="md">
        {nameOrder === 'familyFirst' ? [lastName, firstName] : [firstName, lastName]}
      </SimpleGrid>
      <SimpleGrid cols={2} spacing="md">
        <TextInput
          label={t('leads.fields.company')}
          value={values.company}
          onChange={(event) => setField('company', event.currentTarget.value)}
          error={errorFor(errors.company)}
          autoComplete="off"
        />
        <TextInput
          label={t('leads.fields.title')}
          value={values.title}
          onChange={(event) => setField('title', event.currentTarget.value)}
          error={errorFor(errors.title)}
          autoComplete="off"
        />
      </SimpleGrid>
      <SimpleGrid cols={2} spacing="md">
        <TextInput
          type="email"
          label={t('leads.fields.email')}
          placeholder={t('leads.placeholders.email')}
          value={values.email}
          onChange={(event) => setField('email', event.currentTarget.value)}
          error={errorFor(errors.email)}
          autoComplete="off"
          inputMode="email"
        />
        <TextInput
          type="tel"
          label={t('leads.fields.phone')}
          placeholder={t('leads.placeholders.phone')}
          value={values.phone}
          onChange={(event) => setField('phone', event.currentTarget.value)}
          error={errorFor(errors.phone)}
          autoComplete="off"
          inputMode="tel"
        />
      </SimpleGrid>
      <SimpleGrid cols={2} spacing="md">
        <Select
          label={t('leads.fields.source')}
          data={leadSources.map((source) => ({
            value: source,
            label: t(`leads.sources.${source}`),
          }))}
          value={values.source}
          onChange={(value) => {
            const source = leadSources.find((candidate) => candidate === value);
            if (source) setField('source', source);
          }}
          allowDeselect={false}
          error={errorFor(errors.source)}
        />
        <Select
          label={t('leads.fields.rating')}
          placeholder={t('leads.placeholders.rating')}
          data={leadRatings.map((rating) => ({
            value: rating,
            label: t(`leads.ratings.${rating}`),
          }))}
          value={values.rating}
          onChange={(value) =>
            setField('rating', leadRatings.find((candidate) => candidate === value) ?? null)
          }
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
          error={errorFor(errors.rating)}
        />
      </SimpleGrid>
      {eventOptions.length > 0 && (
        <Select
          label={t('leads.fields.event')}
          placeholder={t('leads.placeholders.event')}
          data={eventOptions.map((event) => ({ value: event.id, label: event.name }))}
          value={values.eventId}
          onChange={(value) => setField('eventId', value)}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
          searchable
          error={errorFor(errors.eventId)}
        />
      )}
      <Textarea
        label={t('leads.fields.notes')}
        placeholder={t('leads.placeholders.notes')}
        value={values.notes}
        onChange={(event) => setField('notes', event.currentTarget.value)}
        error={errorFor(errors.notes)}
        // Like the fields above: Chromium's session restore keeps what is typed into fields
        // without it in plain text on disk, beside the encrypted database.
        autoComplete="off"
        autosize
        minRows={3}
        maxRows={8}
      />
      <Checkbox
        label={t('leads.fields.consent')}
        description={
          consentText && (
            <>
              <Text span size="xs" style={{ whiteSpace: 'pre-wrap' }}>
                {consentText.text}
              </Text>{' '}
              <Text span size="xs" c="dimmed">
                {t('leads.consent.version', { version: consentText.version })}
              </Text>
            </>
          )
        }
        checked={values.consent}
        onChange={(event) => setField('consent', event.currentTarget.checked)}
      />
    </Stack>
  );
}
