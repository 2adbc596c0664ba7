import { Button, Center, EmptyState } from '@mantine/core';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export type LeadListEmptyProps = { kind: 'noLeads'; onCapture: () => void } | { kind: 'noResults' };

/** Either an invitation to capture the first lead, or a way out of a search that found nothing. */
export function LeadListEmpty(props: LeadListEmptyProps) {
  const { t } = useTranslation();
  if (props.kind === 'noLeads') {
    return (
      <Center flex={1} p="xl">
        <EmptyState
          variant="light"
          size="lg"
          icon={<IconUserPlus size={30} stroke={1.5} />}
          maw={460}
        >
          <EmptyState.Title order={2}>{t('leads.list.empty.title')}</EmptyState.Title>
          <EmptyState.Description>{t('leads.list.empty.description')}</EmptyState.Description>
          <EmptyState.Actions>
            <Button onClick={props.onCapture} leftSection={<IconUserPlus size={16} />}>
              {t('leads.list.empty.action')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Center>
    );
  }
  // The toolbar's "Clear filters" button stays in view, so the way out is one Tab away.
  return (
    <Center flex={1} p="xl">
      <EmptyState icon={<IconSearch size={26} stroke={1.5} />} withIndicatorBackground>
        <EmptyState.Title order={2}>{t('leads.list.noResults.title')}</EmptyState.Title>
        <EmptyState.Description>{t('leads.list.noResults.description')}</EmptyState.Description>
      </EmptyState>
    </Center>
  );
}
