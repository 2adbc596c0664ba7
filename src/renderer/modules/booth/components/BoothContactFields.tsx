import { SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadForm } from '../../leads/hooks/useLeadForm.ts';
import { useNameOrder } from '../../leads/hooks/useNameOrder.ts';
import type { LeadFieldError } from '../../leads/utils/leadFieldErrors.ts';
import type { LeadFormField } from '../../leads/utils/leadFormValues.ts';

type TextField = Extract<
  LeadFormField,
  'firstName' | 'lastName' | 'company' | 'title' | 'email' | 'phone' | 'notes'
>;

/** The visitor's name, company, title, email, phone and the quick note; names in the reader's order. */
export function BoothContactFields({
  form,
  firstFieldRef,
  onInput,
}: {
  form: LeadForm;
  firstFieldRef: Ref<HTMLInputElement>;
  onInput: () => void;
}) {
  const { t } = useTranslation();
  const nameOrder = useNameOrder();
  const errorFor = (code: LeadFieldError | undefined) =>
    code === 'flag' ? true : code ? t(`leads.errors.${code}`) : undefined;
  const field = (key: TextField, extra: { type?: string; inputMode?: 'email' | 'tel' } = {}) => ({
    label: t(`leads.fields.${key}`),
    value: form.values[key],
    onChange: (event: { currentTarget: { value: string } }) => {
      onInput();
      form.setField(key, event.currentTarget.value);
    },
    error: errorFor(form.errors[key]),
    autoComplete: 'off',
    ...extra,
  });
  const familyFirst = nameOrder === 'familyFirst';
  const first = (
    <TextInput
      key="firstName"
      {...field('firstName')}
      ref={familyFirst ? undefined : firstFieldRef}
    />
  );
  const last = (
    <TextInput
      key="lastName"
      {...field('lastName')}
      ref={familyFirst ? firstFieldRef : undefined}
    />
  );
  return (
    <Stack gap="sm">
      <SimpleGrid cols={2} spacing="sm">
        {familyFirst ? [last, first] : [first, last]}
      </SimpleGrid>
      <SimpleGrid cols={2} spacing="sm">
        <TextInput {...field('company')} />
        <TextInput {...field('title')} />
        <TextInput {...field('email', { type: 'email', inputMode: 'email' })} />
        <TextInput {...field('phone', { type: 'tel', inputMode: 'tel' })} />
      </SimpleGrid>
      <Textarea
        label={t('events.booth.note')}
        value={form.values.notes}
        onChange={(event) => {
          onInput();
          form.setField('notes', event.currentTarget.value);
        }}
        autosize
        minRows={2}
        maxRows={5}
      />
    </Stack>
  );
}
