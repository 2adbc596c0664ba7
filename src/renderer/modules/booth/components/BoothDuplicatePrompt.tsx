import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Lead } from '../../../../shared/domain/lead.ts';
import type { DuplicateMatch } from '../../../data/index.ts';
import { leadDisplayName } from '../../leads/utils/leadDisplayName.ts';

/** The visitor looks like a lead already captured: add this visit to it, or save a new lead. */
export function BoothDuplicatePrompt({
  matches,
  busy,
  onAddVisit,
  onSaveNew,
}: {
  matches: readonly DuplicateMatch[];
  busy: boolean;
  onAddVisit: (lead: Lead) => void;
  onSaveNew: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      role="alert"
      color="orange"
      variant="light"
      icon={<IconCopy size={18} />}
      title={t('events.booth.duplicateTitle')}
      data-booth-keys="native"
    >
      <Stack gap="xs">
        <Text size="sm">{t('events.booth.duplicateDescription')}</Text>
        <Group gap="xs">
          {matches.slice(0, 2).map((match, index) => (
            <Button
              key={match.lead.id}
              loading={busy}
              data-autofocus={index === 0 || undefined}
              onClick={() => onAddVisit(match.lead)}
            >
              {t('events.booth.addTouch', { name: leadDisplayName(match.lead, t) })}
            </Button>
          ))}
          <Button variant="default" disabled={busy} onClick={onSaveNew}>
            {t('events.booth.saveNew')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
