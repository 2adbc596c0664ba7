import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PaymentMethod, paymentMethods } from '../../../../shared/domain/invoice.ts';
import { formatMoney } from '../../../../shared/money/formatMoney.ts';
import { type InvoiceRow, useInvoiceCommands, useInvoices } from '../../../data/index.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { parseMoneyInput } from '../../quotes/utils/decimalText.ts';
import { useInvoiceAction } from '../hooks/useInvoiceAction.ts';

export type RecordPaymentModalProps = {
  opened: boolean;
  onClose: () => void;
  /** The invoice the payment is recorded from; preselected. */
  invoice: InvoiceRow['invoice'];
  accountName: string;
  today: string;
};

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One customer payment: amount, date received, method, reference, and which of the customer's
 * open invoices (same currency) it pays, oldest due first. Paying more than is due leaves the
 * rest as the customer's credit.
 */
export function RecordPaymentModal(props: RecordPaymentModalProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const commands = useInvoiceCommands();
  const { run, busy } = useInvoiceAction();
  const { invoice } = props;
  const { rows } = useInvoices({ accountId: invoice.accountId, filter: 'open' });
  const open = useMemo(
    () => rows.filter((row) => row.invoice.currency === invoice.currency && row.balanceDue > 0),
    [rows, invoice.currency],
  );
  const [amount, setAmount] = useState('');
  const [receivedOn, setReceivedOn] = useState(props.today);
  const [method, setMethod] = useState<PaymentMethod>('bank_transfer');
  const [reference, setReference] = useState('');
  const [selected, setSelected] = useState<string[]>([invoice.id]);
  const [errors, setErrors] = useState<{ amount?: string; receivedOn?: string; apply?: string }>(
    {},
  );
  const money = (value: number) =>
    formatMoney({ amount: value, currency: invoice.currency }, i18n.language);
  const parsed = parseMoneyInput(amount, invoice.currency);
  const due = open
    .filter((row) => selected.includes(row.invoice.id))
    .reduce((sum, row) => sum + row.balanceDue, 0);
  const overpaid = parsed !== undefined && due > 0 && parsed > due ? parsed - due : 0;

  const handleClose = () => {
    setAmount('');
    setReference('');
    setErrors({});
    setSelected([invoice.id]);
    props.onClose();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (parsed === undefined || parsed <= 0)
      next.amount = t('invoices.recordPayment.invalidAmount');
    if (!datePattern.test(receivedOn)) next.receivedOn = t('invoices.recordPayment.invalidDate');
    if (selected.length === 0) next.apply = t('invoices.recordPayment.noInvoice');
    setErrors(next);
    if (Object.keys(next).length > 0 || parsed === undefined) return;
    const result = await run(
      () =>
        commands.recordPayment({
          accountId: invoice.accountId,
          amount: parsed,
          currency: invoice.currency,
          method,
          receivedOn,
          reference,
          invoiceIds: selected,
        }),
      () => t('invoices.recordPayment.recorded'),
    );
    if (result) handleClose();
  };

  return (
    <Modal
      opened={props.opened}
      onClose={handleClose}
      title={t('invoices.recordPayment.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      centered
      size="lg"
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('invoices.recordPayment.description', { account: props.accountName })}
          </Text>
          <Group grow align="flex-start">
            <TextInput
              label={t('invoices.recordPayment.amount', { currency: invoice.currency })}
              inputMode="decimal"
              value={amount}
              onChange={(event) => {
                setAmount(event.currentTarget.value);
                setErrors((current) => ({ ...current, amount: undefined }));
              }}
              error={errors.amount}
              withAsterisk
              data-autofocus
            />
            <TextInput
              type="date"
              label={t('invoices.recordPayment.receivedOn')}
              value={receivedOn}
              onChange={(event) => setReceivedOn(event.currentTarget.value)}
              error={errors.receivedOn}
              withAsterisk
            />
          </Group>
          <Group grow align="flex-start">
            <Select
              label={t('invoices.recordPayment.method')}
              data={paymentMethods.map((value) => ({
                value,
                label: t(`invoices.methods.${value}`),
              }))}
              value={method}
              onChange={(value) => {
                const found = paymentMethods.find((candidate) => candidate === value);
                if (found) setMethod(found);
              }}
              allowDeselect={false}
            />
            <TextInput
              label={t('invoices.recordPayment.reference')}
              placeholder={t('invoices.recordPayment.referencePlaceholder')}
              value={reference}
              maxLength={100}
              onChange={(event) => setReference(event.currentTarget.value)}
            />
          </Group>
          <Checkbox.Group
            label={t('invoices.recordPayment.applyTo')}
            value={selected}
            onChange={setSelected}
            error={errors.apply}
          >
            <Stack gap={6} mt={6}>
              {open.map((row) => (
                <Checkbox
                  key={row.invoice.id}
                  value={row.invoice.id}
                  label={row.invoice.number}
                  description={t('invoices.recordPayment.applyToHint', {
                    balance: money(row.balanceDue),
                    due: row.invoice.dueOn ? format.date(row.invoice.dueOn) : t('common.notSet'),
                  })}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          {overpaid > 0 && (
            <Alert color="blue" variant="light">
              {t('invoices.recordPayment.overpayment', { amount: money(overpaid) })}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={handleClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('invoices.recordPayment.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
