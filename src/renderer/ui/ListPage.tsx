import { Card, Center, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export type ListPageProps = {
  title: string;
  subtitle: string;
  searchLabel: string;
  searchPlaceholder: string;
  search: string;
  onSearchChange: (value: string) => void;
  loading: boolean;
  loadingLabel: string;
  /** Shown instead of the list when it is empty. */
  emptyText: string | undefined;
  /** Buttons beside the title (export, new). */
  actions?: ReactNode;
  children: ReactNode;
};

/** A page with a title, a search box and a list (accounts, contacts). */
export function ListPage({
  title,
  subtitle,
  searchLabel,
  searchPlaceholder,
  search,
  onSearchChange,
  loading,
  loadingLabel,
  emptyText,
  actions,
  children,
}: ListPageProps) {
  return (
    <Stack gap="md" p={{ base: 'md', sm: 'lg' }} maw={1200} w="100%" style={{ overflowY: 'auto' }}>
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <div>
          <Title order={1} fz={26}>
            {title}
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            {subtitle}
          </Text>
        </div>
        {actions}
      </Group>
      <TextInput
        type="search"
        maw={420}
        aria-label={searchLabel}
        placeholder={searchPlaceholder}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(event) => onSearchChange(event.currentTarget.value)}
      />
      <Card withBorder radius="lg" padding="md">
        {loading && emptyText !== undefined ? (
          <Center py="xl">
            <Loader aria-label={loadingLabel} />
          </Center>
        ) : emptyText !== undefined ? (
          <Text size="sm" c="dimmed" py="md" ta="center">
            {emptyText}
          </Text>
        ) : (
          children
        )}
      </Card>
    </Stack>
  );
}
