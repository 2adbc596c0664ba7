import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessCardFields } from '../../../../shared/intake/parseBusinessCardText.ts';

export type CardReviewModalProps = {
  proposal: BusinessCardFields;
  onConfirm: (fields: BusinessCardFields) => void;
  onCancel: () => void;
};

/** What OCR proposes from a business card, every field editable; nothing is used until confirmed. */
export function CardReviewModal({ proposal, onConfirm, onCancel }: CardReviewModalProps) {
  const { t, i18n } = useTranslation();
  const [fields, setFields] = useState(proposal);
  const input = (key: keyof BusinessCardFields, label: string) => (
    <TextInput
      key={key}
      label={label}
      value={fields[key]}
      onChange={(event) => {
        const value = event.currentTarget.value;
        setFields((current) => ({ ...current, [key]: value }));
      }}
    />
  );
  const familyFirst = i18n.language.startsWith('zh');
  const names = [
    input('firstName', t('leads.fields.firstName')),
    input('lastName', t('leads.fields.lastName')),
  ];
  return (
    <Modal opened onClose={onCancel} title={t('events.scan.cardTitle')} size="lg" centered>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('events.scan.cardDescription')}
        </Text>
        <SimpleGrid cols={2}>{familyFirst ? names.reverse() : names}</SimpleGrid>
        <SimpleGrid cols={2}>
          {input('company', t('leads.fields.company'))}
          {input('title', t('leads.fields.title'))}
          {input('email', t('leads.fields.email'))}
          {input('phone', t('leads.fields.phone'))}
        </SimpleGrid>
        {input('address', t('events.scan.address'))}
        {input('website', t('events.scan.website'))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('events.scan.cancel')}
          </Button>
          <Button onClick={() => onConfirm(fields)}>{t('events.scan.useCard')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
