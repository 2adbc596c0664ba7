import { Button, Group, Modal, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Address } from '../../../../shared/domain/addressSchema.ts';
import {
  AddressFields,
  type AddressFieldValues,
  addressFieldValues,
} from '../../../ui/AddressFields.tsx';

export type ShipToModalProps = {
  opened: boolean;
  number: string;
  /** What the form starts from: the order's ship-to, else the customer's address. */
  initial: Address | undefined;
  /** Country to suggest when nothing is known (the customer's). */
  defaultCountry: string;
  onClose: () => void;
  /** Saves the address; the dialog stays open when this resolves `false`. */
  onSubmit: (address: Address) => Promise<boolean>;
};

/** Types in where a draft order ships to (for a customer without an address, or a new site). */
export function ShipToModal(props: ShipToModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('orders.draft.shipToTitle', { number: props.number })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
      centered
    >
      {props.opened && <ShipToForm {...props} />}
    </Modal>
  );
}

function ShipToForm({ initial, defaultCountry, onClose, onSubmit }: ShipToModalProps) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<AddressFieldValues>(() =>
    addressFieldValues(initial, defaultCountry),
  );
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const line1Missing = fields.line1.trim() === '';
  const countryInvalid = !/^[A-Z]{2}$/u.test(fields.country);
  const [chineseOrder] = useState(() => (initial?.country ?? defaultCountry) === 'CN');

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    if (line1Missing || countryInvalid) return;
    setSaving(true);
    try {
      const address: Address = {
        line1: fields.line1,
        line2: fields.line2,
        city: fields.city,
        region: fields.region,
        postalCode: fields.postalCode,
        country: fields.country,
      };
      if (await onSubmit(address)) onClose();
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="sm">
        <AddressFields
          values={fields}
          onChange={(patch) => setFields((all) => ({ ...all, ...patch }))}
          errors={
            tried
              ? {
                  line1: line1Missing ? t('orders.draft.address.line1Required') : undefined,
                  country: countryInvalid ? t('orders.draft.address.countryInvalid') : undefined,
                }
              : {}
          }
          chineseOrder={chineseOrder}
        />
        <Group justify="flex-end" gap="sm" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('orders.draft.saveShipTo')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
