import { Button, Card, Center, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../shared/domain/product.ts';
import { useCurrentUser, useInventory, useProducts } from '../data/index.ts';
import { CatalogImportButton } from '../modules/catalog/components/CatalogImportButton.tsx';
import { ProductEditorModal } from '../modules/catalog/components/ProductEditorModal.tsx';
import { ProductTable } from '../modules/catalog/components/ProductTable.tsx';

export function CatalogPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const canEdit = user.role === 'manager' || user.role === 'admin';
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Product | null>();
  const { rows, loading } = useProducts({ search });
  const inventory = useInventory();

  return (
    <Stack gap="md" p={{ base: 'md', sm: 'lg' }} maw={1200} w="100%" style={{ overflowY: 'auto' }}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} fz={26}>
            {t('catalog.title')}
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            {canEdit ? t('catalog.subtitleEditor') : t('catalog.subtitle')}
          </Text>
        </div>
        {canEdit && (
          <Group gap="sm" align="flex-start">
            <CatalogImportButton />
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setEditing(null)}
            >
              {t('catalog.newProduct')}
            </Button>
          </Group>
        )}
      </Group>
      <TextInput
        type="search"
        maw={420}
        aria-label={t('catalog.search')}
        placeholder={t('catalog.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
      />
      <Card withBorder radius="lg" padding="md">
        {loading && rows.length === 0 ? (
          <Center py="xl">
            <Loader aria-label={t('app.loading')} />
          </Center>
        ) : rows.length === 0 ? (
          <Text size="sm" c="dimmed" py="md" ta="center">
            {search.trim() ? t('catalog.noResults') : t('catalog.empty')}
          </Text>
        ) : (
          <ProductTable
            rows={rows}
            stock={inventory.snapshot.levels}
            onEdit={canEdit ? setEditing : undefined}
          />
        )}
      </Card>
      <ProductEditorModal product={editing} onClose={() => setEditing(undefined)} />
    </Stack>
  );
}
