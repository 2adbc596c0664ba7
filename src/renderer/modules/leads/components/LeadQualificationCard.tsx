import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../../shared/domain/addressLines.ts';
import type { Lead } from '../../../../shared/domain/lead.ts';
import { formatMoney } from '../../../../shared/money/formatMoney.ts';
import { industryLabel } from '../../../i18n/industryLabels.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { FieldItem } from '../../../ui/FieldItem.tsx';
import { SectionCard } from '../../../ui/SectionCard.tsx';

/** What qualifying the lead found out: industry, size, budget, timeline, interest, territory. */
export function LeadQualificationCard({ lead }: { lead: Lead }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const notSet = (
    <Text span c="dimmed" size="sm">
      {t('common.notSet')}
    </Text>
  );
  const orNotSet = (value: ReactNode | undefined) =>
    value === undefined || value === '' ? notSet : value;
  const territory = [
    lead.country ? countryName(lead.country, i18n.language) : undefined,
    lead.region,
    lead.postalCode,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <SectionCard title={t('leads.detail.qualification')}>
      <Text size="xs" c="dimmed" mt={-8} mb="md">
        {t('leads.detail.qualificationHint')}
      </Text>
      <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
        <FieldItem label={t('leads.fields.industry')}>
          {lead.industry ? industryLabel(lead.industry, t) : notSet}
        </FieldItem>
        <FieldItem label={t('leads.fields.companySize')}>
          {lead.companySize === undefined
            ? notSet
            : t('leads.detail.employees', {
                count: lead.companySize,
                formatted: format.number(lead.companySize),
              })}
        </FieldItem>
        <FieldItem label={t('leads.fields.budget')}>
          {lead.budget ? formatMoney(lead.budget, i18n.language) : notSet}
        </FieldItem>
        <FieldItem label={t('leads.fields.purchaseTimeline')}>
          {lead.purchaseTimeline ? t(`leads.timelines.${lead.purchaseTimeline}`) : notSet}
        </FieldItem>
        <FieldItem label={t('leads.fields.productInterest')}>
          {orNotSet(lead.productInterest)}
        </FieldItem>
        <FieldItem label={`${t('leads.fields.country')} · ${t('leads.fields.region')}`}>
          {orNotSet(territory)}
        </FieldItem>
      </SimpleGrid>
    </SectionCard>
  );
}
