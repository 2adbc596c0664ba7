import { Badge, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Lead } from '../../shared/domain/lead.ts';
import { useEventOptions, useLeadList } from '../data/index.ts';
import { useFormatters } from '../i18n/useFormatters.ts';
import { LeadExportButton } from '../modules/export/components/LeadExportButton.tsx';
import { LeadListEmpty } from '../modules/leads/components/LeadListEmpty.tsx';
import { LeadListToolbar } from '../modules/leads/components/LeadListToolbar.tsx';
import { LeadTable } from '../modules/leads/components/LeadTable.tsx';
import { useLeadListState } from '../modules/leads/hooks/useLeadListState.ts';
import { useQuickCapture } from '../modules/leads/hooks/useQuickCapture.ts';
import { paths } from '../routes.tsx';

export function LeadsPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const quickCapture = useQuickCapture();
  const eventOptions = useEventOptions();
  const state = useLeadListState();
  const list = useLeadList(state.query);
  const handleOpen = useCallback((lead: Lead) => navigate(paths.lead(lead.id)), [navigate]);

  const firstLoad = list.loading && list.rows.length === 0;
  const isEmpty = !list.loading && list.rows.length === 0;

  return (
    <Stack gap="md" p={{ base: 'md', sm: 'lg' }} flex={1} mih={0}>
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <div>
          <Group gap="sm" align="center">
            <Title order={1} fz={26}>
              {t('leads.title')}
            </Title>
            {list.total !== undefined && list.total > 0 && (
              <Badge variant="light" color="gray" size="lg" radius="sm" tt="none" fw={600}>
                {t('leads.list.total', { count: list.total, formatted: format.number(list.total) })}
              </Badge>
            )}
          </Group>
          <Text c="dimmed" size="sm" mt={4}>
            {t('leads.subtitle')}
          </Text>
        </div>
        <LeadExportButton query={state.query} />
      </Group>
      <LeadListToolbar
        searchText={state.searchText}
        onSearchTextChange={state.setSearchText}
        filters={state.filters}
        onFilterChange={state.setFilter}
        eventOptions={eventOptions}
        hasFilters={state.hasFilters}
        onClearFilters={state.clearFilters}
      />
      {firstLoad ? (
        <Group flex={1} justify="center" align="center">
          <Loader aria-label={t('app.loading')} />
        </Group>
      ) : isEmpty && !state.hasFilters ? (
        <LeadListEmpty kind="noLeads" onCapture={quickCapture.open} />
      ) : isEmpty ? (
        <LeadListEmpty kind="noResults" />
      ) : (
        <LeadTable
          rows={list.rows}
          total={list.total}
          hasMore={list.hasMore}
          loading={list.loading}
          onLoadMore={list.loadMore}
          sort={state.sort}
          onSort={state.toggleSort}
          onOpen={handleOpen}
        />
      )}
    </Stack>
  );
}
