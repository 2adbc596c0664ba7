import { Button, Group, Select, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { leadRatings, leadSources, leadStatuses } from '../../../../shared/domain/lead.ts';
import type { LeadFilters } from '../hooks/useLeadListState.ts';

export type LeadListToolbarProps = {
  searchText: string;
  onSearchTextChange: (value: string) => void;
  filters: LeadFilters;
  onFilterChange: (key: keyof LeadFilters, value: string | null) => void;
  eventOptions: ReadonlyArray<{ id: string; name: string }>;
  hasFilters: boolean;
  onClearFilters: () => void;
};

export function LeadListToolbar({
  searchText,
  onSearchTextChange,
  filters,
  onFilterChange,
  eventOptions,
  hasFilters,
  onClearFilters,
}: LeadListToolbarProps) {
  const { t } = useTranslation();
  const clearButtonProps = { 'aria-label': t('common.clear') };

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        type="search"
        aria-label={t('leads.list.search')}
        placeholder={t('leads.list.searchPlaceholder')}
        leftSection={<IconSearch size={16} stroke={1.75} aria-hidden />}
        value={searchText}
        onChange={(event) => onSearchTextChange(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && searchText) {
            event.preventDefault();
            onSearchTextChange('');
          }
        }}
        style={{ flex: '1 1 260px', maxWidth: 420 }}
      />
      <Select
        aria-label={t('leads.fields.status')}
        placeholder={t('leads.list.anyStatus')}
        data={leadStatuses.map((status) => ({
          value: status,
          label: t(`leads.statuses.${status}`),
        }))}
        value={filters.status ?? null}
        onChange={(value) => onFilterChange('status', value)}
        clearable
        clearButtonProps={clearButtonProps}
        w={160}
      />
      <Select
        aria-label={t('leads.fields.source')}
        placeholder={t('leads.list.anySource')}
        data={leadSources.map((source) => ({ value: source, label: t(`leads.sources.${source}`) }))}
        value={filters.source ?? null}
        onChange={(value) => onFilterChange('source', value)}
        clearable
        clearButtonProps={clearButtonProps}
        w={160}
      />
      <Select
        aria-label={t('leads.fields.rating')}
        placeholder={t('leads.list.anyRating')}
        data={leadRatings.map((rating) => ({ value: rating, label: t(`leads.ratings.${rating}`) }))}
        value={filters.rating ?? null}
        onChange={(value) => onFilterChange('rating', value)}
        clearable
        clearButtonProps={clearButtonProps}
        w={140}
      />
      {eventOptions.length > 0 && (
        <Select
          aria-label={t('leads.fields.event')}
          placeholder={t('leads.list.anyEvent')}
          data={eventOptions.map((event) => ({ value: event.id, label: event.name }))}
          value={filters.eventId ?? null}
          onChange={(value) => onFilterChange('eventId', value)}
          clearable
          clearButtonProps={clearButtonProps}
          searchable
          w={200}
        />
      )}
      {hasFilters && (
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconFilterOff size={16} stroke={1.75} />}
          onClick={onClearFilters}
        >
          {t('leads.list.clearFilters')}
        </Button>
      )}
    </Group>
  );
}
