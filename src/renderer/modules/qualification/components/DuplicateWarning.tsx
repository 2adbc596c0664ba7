import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Lead } from '../../../../shared/domain/lead.ts';
import { leadDisplayName } from '../../leads/utils/leadDisplayName.ts';
import { duplicateReasonCode } from '../utils/duplicateReasonCode.ts';

export type DuplicateWarningMatch = { lead: Lead; confidence: number; reasons: readonly unknown[] };

export type DuplicateWarningProps = {
  matches: readonly DuplicateWarningMatch[];
  onOpen: (lead: Lead) => void;
  onMerge: (lead: Lead) => void;
  onSaveAnyway: () => void;
  busy?: boolean;
};

/** Likely duplicates of a lead about to be saved: who, why and how sure, and what to do about it. */
export function DuplicateWarning({
  matches,
  onOpen,
  onMerge,
  onSaveAnyway,
  busy = false,
}: DuplicateWarningProps) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });

  return (
    <Alert
      role="alert"
      color="orange"
      variant="light"
      radius="md"
      icon={<IconCopy size={18} />}
      title={t('qualification.duplicates.title')}
    >
      <Stack gap="sm">
        <Text size="sm">{t('qualification.duplicates.description')}</Text>
        <Stack
          gap="xs"
          component="ul"
          aria-label={t('qualification.duplicates.list')}
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {matches.map((match) => {
            const name = leadDisplayName(match.lead, t);
            return (
              <Stack key={match.lead.id} component="li" gap={6}>
                <div>
                  <Text size="sm" fw={600}>
                    {name}
                    {match.lead.company && name !== match.lead.company
                      ? ` · ${match.lead.company}`
                      : ''}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[
                      ...match.reasons.map((reason) =>
                        t(`qualification.duplicates.reasons.${duplicateReasonCode(reason)}`),
                      ),
                      t('qualification.duplicates.confidence', {
                        percent: percent.format(match.confidence),
                      }),
                    ].join(' · ')}
                  </Text>
                </div>
                <Group gap="xs">
                  <Button size="xs" variant="default" onClick={() => onOpen(match.lead)}>
                    {t('qualification.duplicates.open')}
                  </Button>
                  <Button
                    size="xs"
                    variant="light"
                    loading={busy}
                    onClick={() => onMerge(match.lead)}
                  >
                    {t('qualification.duplicates.merge')}
                  </Button>
                </Group>
              </Stack>
            );
          })}
        </Stack>
        <Group>
          <Button size="xs" variant="subtle" color="orange" disabled={busy} onClick={onSaveAnyway}>
            {t('qualification.duplicates.saveAnyway')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
