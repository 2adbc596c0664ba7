import { Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { addressLines } from '../../../../shared/domain/addressLines.ts';
import type { Address } from '../../../../shared/domain/addressSchema.ts';
import type { Order } from '../../../../shared/domain/order.ts';
import { FieldItem } from '../../../ui/FieldItem.tsx';

function AddressText({ address }: { address: Address | undefined }) {
  const { t, i18n } = useTranslation();
  if (!address) return <>{t('common.notSet')}</>;
  return (
    <Text size="sm" component="span" style={{ whiteSpace: 'pre-line' }}>
      {addressLines(address, i18n.language).join('\n')}
    </Text>
  );
}

/**
 * Where the goods go and where the invoice goes, plus the customer's reference and terms; a
 * draft offers to type in or change the ship-to address.
 */
export function OrderAddresses({
  order,
  onEditShipTo,
}: {
  order: Order;
  onEditShipTo?: () => void;
}) {
  const { t } = useTranslation();
  const notSet = t('common.notSet');
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <FieldItem label={t('orders.detail.shipTo')}>
        <Stack gap={6} align="flex-start">
          <AddressText address={order.shipTo} />
          {onEditShipTo && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconMapPin size={14} aria-hidden />}
              onClick={onEditShipTo}
            >
              {order.shipTo ? t('orders.draft.editShipTo') : t('orders.draft.enterShipTo')}
            </Button>
          )}
        </Stack>
      </FieldItem>
      <FieldItem label={t('orders.detail.billTo')}>
        <AddressText address={order.billTo} />
      </FieldItem>
      <FieldItem label={t('orders.detail.paymentTerms')}>
        {order.paymentTermsDays === undefined
          ? notSet
          : t('orders.detail.paymentTermsDays', { count: order.paymentTermsDays })}
      </FieldItem>
      <FieldItem label={t('orders.detail.customerReference')}>
        {order.customerReference || notSet}
      </FieldItem>
    </SimpleGrid>
  );
}
