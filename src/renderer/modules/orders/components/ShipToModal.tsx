import { Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Address } from '../../../../shared/domain/addressSchema.ts';

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

type Fields = Record<'line1' | 'line2' | 'city' | 'region' | 'postalCode' | 'country', string>;

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
  const [fields, setFields] = useState<Fields>({
    line1: initial?.line1 ?? '',
    line2: initial?.line2 ?? '',
    city: initial?.city ?? '',
    region: initial?.region ?? '',
    postalCode: initial?.postalCode ?? '',
    country: initial?.country ?? defaultCountry,
  });
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const line1Missing = fields.line1.trim() === '';
  const countryInvalid = !/^[A-Za-z]{2}$/u.test(fields.country.trim());

  // A Chinese address is written from the province down to the door, with labels that say so.
  // The order follows the country the form opened with, so fields never move while typing.
  const [chinese] = useState(() => (initial?.country ?? defaultCountry).toUpperCase() === 'CN');
  const labelOf = (name: keyof Fields) =>
    fields.country.trim().toUpperCase() === 'CN' && name !== 'postalCode' && name !== 'country'
      ? t(`orders.draft.address.cn.${name}`)
      : t(`orders.draft.address.${name}`);
  const field = (name: keyof Fields, extra: { error?: string | undefined; maxLength: number }) => (
    <TextInput
      label={labelOf(name)}
      value={fields[name]}
      maxLength={extra.maxLength}
      error={tried ? extra.error : undefined}
      onChange={(event) => {
        const value = event.currentTarget.value;
        setFields((all) => ({ ...all, [name]: value }));
      }}
    />
  );

  const line1Field = field('line1', {
    maxLength: 200,
    error: line1Missing ? t('orders.draft.address.line1Required') : undefined,
  });
  const countryField = field('country', {
    maxLength: 2,
    error: countryInvalid ? t('orders.draft.address.countryInvalid') : undefined,
  });

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
        country: fields.country.trim().toUpperCase(),
      };
      if (await onSubmit(address)) onClose();
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="sm">
        {chinese ? (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {countryField}
              {field('region', { maxLength: 100 })}
              {field('city', { maxLength: 100 })}
              {field('postalCode', { maxLength: 20 })}
            </SimpleGrid>
            {line1Field}
            {field('line2', { maxLength: 200 })}
          </>
        ) : (
          <>
            {line1Field}
            {field('line2', { maxLength: 200 })}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {field('city', { maxLength: 100 })}
              {field('region', { maxLength: 100 })}
              {field('postalCode', { maxLength: 20 })}
              {countryField}
            </SimpleGrid>
          </>
        )}
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
