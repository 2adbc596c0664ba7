import { ActionIcon, Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, NegotiatedPrice } from '../../../../shared/domain/account.ts';
import { formatMoney } from '../../../../shared/money/formatMoney.ts';
import { useNegotiatedPriceCommands, usePriceableProducts, useToday } from '../../../data/index.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { SectionCard } from '../../../ui/SectionCard.tsx';
import { useQuoteAction } from '../../quotes/hooks/useQuoteAction.ts';
import { localizedName } from '../../quotes/utils/localizedName.ts';
import { NegotiatedPriceModal } from './NegotiatedPriceModal.tsx';

type Editing = { entry?: NegotiatedPrice } | undefined;

/**
 * The account's customer-specific prices, which quotes for it use instead of the list price;
 * managers and admins add, change and remove them, everyone else reads them.
 */
export function NegotiatedPricesSection({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const today = useToday();
  const commands = useNegotiatedPriceCommands();
  const products = usePriceableProducts();
  const [editing, setEditing] = useState<Editing>();
  const { run, busy } = useQuoteAction();
  const prices = account.negotiatedPrices ?? [];

  const productLabel = (productId: string) => {
    const product = products.find((item) => item.id === productId);
    return product ? `${product.sku} · ${localizedName(product.name, i18n.language)}` : productId;
  };

  const handleSave = async (entry: NegotiatedPrice) => {
    const saved = await run(
      () => commands.setNegotiatedPrice(account.id, entry),
      t('catalog.negotiated.saved'),
    );
    if (saved !== undefined) setEditing(undefined);
  };

  const handleRemove = (entry: NegotiatedPrice) =>
    void run(
      () =>
        commands.removeNegotiatedPrice(account.id, {
          productId: entry.productId,
          currency: entry.price.currency,
        }),
      t('catalog.negotiated.removed'),
    );

  return (
    <SectionCard title={t('catalog.negotiated.title')}>
      {prices.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('catalog.negotiated.empty')}
        </Text>
      ) : (
        <Table verticalSpacing="xs" aria-label={t('catalog.negotiated.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('catalog.negotiated.product')}</Table.Th>
              <Table.Th ta="right">{t('catalog.negotiated.price')}</Table.Th>
              <Table.Th>{t('catalog.negotiated.validUntil')}</Table.Th>
              {commands.canEdit && <Table.Th aria-label={t('catalog.negotiated.actions')} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {prices.map((entry) => {
              const label = productLabel(entry.productId);
              const expired = entry.validUntil !== undefined && entry.validUntil < today;
              return (
                <Table.Tr key={`${entry.productId}:${entry.price.currency}`}>
                  <Table.Td fz="sm">{label}</Table.Td>
                  <Table.Td fz="sm" ta="right">
                    {formatMoney(entry.price, i18n.language)}
                  </Table.Td>
                  <Table.Td fz="sm">
                    {entry.validUntil
                      ? format.date(entry.validUntil)
                      : t('catalog.negotiated.noEnd')}
                    {expired && (
                      <Badge ml="xs" size="sm" color="gray">
                        {t('catalog.negotiated.expired')}
                      </Badge>
                    )}
                  </Table.Td>
                  {commands.canEdit && (
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('catalog.negotiated.editOf', {
                            product: label,
                            currency: entry.price.currency,
                          })}
                          onClick={() => setEditing({ entry })}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('catalog.negotiated.removeOf', {
                            product: label,
                            currency: entry.price.currency,
                          })}
                          disabled={busy}
                          onClick={() => handleRemove(entry)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {commands.canEdit && (
        <Button
          mt="md"
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setEditing({})}
        >
          {t('catalog.negotiated.add')}
        </Button>
      )}
      {editing && (
        <NegotiatedPriceModal
          {...(editing.entry ? { editing: editing.entry } : {})}
          products={products}
          busy={busy}
          onClose={() => setEditing(undefined)}
          onSave={(entry) => void handleSave(entry)}
        />
      )}
    </SectionCard>
  );
}
