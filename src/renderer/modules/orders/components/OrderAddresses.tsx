import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Address } from '../../../../shared/domain/addressSchema.ts';
import type { Order } from '../../../../shared/domain/order.ts';
import { FieldItem } from '../../../ui/FieldItem.tsx';

function AddressText({ address }: { address: Address | undefined }) {
  const { t } = useTranslation();
  if (!address) return <>{t('common.notSet')}</>;
  const place = [address.postalCode, address.city, address.region].filter(Boolean).join(' ');
  return (
    <Text size="sm" component="span" style={{ whiteSpace: 'pre-line' }}>
      {[address.line1, address.line2, place, address.country].filter(Boolean).join('\n')}
    </Text>
  );
}

/** Where the goods go and where the invoice goes, plus the customer's reference and terms. */
export function OrderAddresses({ order }: { order: Order }) {
  const { t } = useTranslation();
  const notSet = t('common.notSet');
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <FieldItem label={t('orders.detail.shipTo')}>
        <AddressText address={order.shipTo} />
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
