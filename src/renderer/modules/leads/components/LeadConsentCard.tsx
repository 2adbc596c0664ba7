import { Badge, Box, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Consent } from '../../../../shared/domain/lead.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { FieldItem } from '../../../ui/FieldItem.tsx';
import { SectionCard } from '../../../ui/SectionCard.tsx';

/** The lead's consent record (PIPL/GDPR evidence): given or not, when, which text and version. */
export function LeadConsentCard({ consent }: { consent: Consent }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const notRecorded = (
    <Text span c="dimmed" size="sm">
      {t('leads.consent.noRecord')}
    </Text>
  );
  return (
    <SectionCard title={t('leads.consent.title')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="md">
        <FieldItem label={t('leads.consent.status')}>
          {consent.given ? (
            t('leads.detail.consentGiven')
          ) : (
            <Badge color="orange" variant="light">
              {t('leads.consent.missingBadge')}
            </Badge>
          )}
        </FieldItem>
        {/* A refusal is evidence too: when the rep asked and the lead said no. */}
        <FieldItem label={consent.given ? t('leads.consent.at') : t('leads.consent.recordedAt')}>
          {consent.at ? format.dateTime(consent.at) : notRecorded}
        </FieldItem>
      </SimpleGrid>
      {consent.given ? (
        <Box mt="md">
          <FieldItem
            label={
              consent.version
                ? t('leads.consent.textWithVersion', { version: consent.version })
                : t('leads.consent.text')
            }
          >
            {consent.text ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {consent.text}
              </Text>
            ) : (
              notRecorded
            )}
          </FieldItem>
        </Box>
      ) : (
        <Text size="sm" c="dimmed" mt="md">
          {t('leads.consent.missingHint')}
        </Text>
      )}
    </SectionCard>
  );
}
