import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Lead } from '../../../../shared/domain/lead.ts';
import { useLearnedScore } from '../../../data/index.ts';
import { factorLabel } from '../utils/factorLabel.ts';

function Item({ label, value }: { label: string; value: string | undefined }) {
  if (!value) return null;
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ wordBreak: 'break-all' }}>
        {value}
      </Text>
    </div>
  );
}

/** Where the lead came from (UTM attribution, web form), which rule assigned it, and its learned score. */
export function LeadOriginCard({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  const learned = useLearnedScore(lead);
  const attribution = lead.attribution;
  return (
    <Card
      withBorder
      radius="lg"
      padding="xl"
      component="section"
      aria-label={t('intake.lead.title')}
    >
      <Title order={2} fz="md" mb="md">
        {t('intake.lead.title')}
      </Title>
      <Stack gap="md">
        {lead.assignment && (
          <Text size="sm">{t('intake.lead.assignedBy', { rule: lead.assignment.ruleName })}</Text>
        )}
        {lead.needsAssignment && (
          <Text size="sm" c="dimmed">
            {t('intake.lead.waiting')}
          </Text>
        )}
        {attribution && (
          <div>
            <Text size="sm" fw={600} mb={4}>
              {t('intake.lead.attribution')}
            </Text>
            <SimpleGrid cols={2} spacing="sm">
              <Item label={t('intake.lead.utmSource')} value={attribution.source} />
              <Item label={t('intake.lead.utmMedium')} value={attribution.medium} />
              <Item label={t('intake.lead.utmCampaign')} value={attribution.campaign} />
              <Item label={t('intake.lead.form')} value={attribution.formKey} />
              <Item label={t('intake.lead.referrer')} value={attribution.referrer} />
            </SimpleGrid>
          </div>
        )}
        <div>
          <Text size="sm" fw={600} mb={4}>
            {t('intake.lead.learned')}
          </Text>
          {learned.kind === 'scored' ? (
            <Stack gap={4}>
              <Text size="lg" fw={700}>
                {t('intake.lead.learnedValue', { percent: Math.round(learned.probability * 100) })}
              </Text>
              <Text size="xs" c="dimmed">
                {t('intake.lead.factors')}
              </Text>
              {learned.factors.map((factor) => (
                <Group key={factor.feature} gap="xs">
                  <Badge color={factor.contribution > 0 ? 'teal' : 'red'} variant="light">
                    {factor.contribution > 0 ? t('intake.lead.raises') : t('intake.lead.lowers')}
                  </Badge>
                  <Text size="sm">{factorLabel(factor.feature, t)}</Text>
                </Group>
              ))}
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              {learned.kind === 'noModel'
                ? t('intake.lead.noModel')
                : t('intake.lead.insufficient')}
            </Text>
          )}
        </div>
      </Stack>
    </Card>
  );
}
