import { Group, Modal, NumberInput, Select, Stack, Switch, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/account.ts';
import {
  currencyChoicesWith,
  useAccountCommands,
  useCurrencyChoices,
} from '../../../data/index.ts';
import { FormActions } from '../../../ui/FormActions.tsx';
import { useCommand } from '../../../ui/useCommand.ts';
import { errorMessage } from '../../leads/utils/errorMessage.ts';
import { moneyInputText, parseMoneyInput } from '../../quotes/utils/decimalText.ts';

export type CreditTermsModalProps = {
  account: Account;
  opened: boolean;
  onClose: () => void;
};

/**
 * Finance's terms for an account: the credit limit open receivables may reach before new orders
 * wait, a manual hold, and the days it has to pay.
 */
export function CreditTermsModal({ account, opened, onClose }: CreditTermsModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('pipeline.accounts.credit.title', { name: account.name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened && <CreditTermsForm account={account} onDone={onClose} />}
    </Modal>
  );
}

function CreditTermsForm({ account, onDone }: { account: Account; onDone: () => void }) {
  const { t } = useTranslation();
  const { setCreditTerms } = useAccountCommands();
  const currencies = useCurrencyChoices();
  const [currency, setCurrency] = useState(account.creditLimit?.currency ?? currencies.base);
  const [limit, setLimit] = useState(
    account.creditLimit
      ? moneyInputText(account.creditLimit.amount, account.creditLimit.currency)
      : '',
  );
  const [hold, setHold] = useState(account.creditHold === true);
  const [days, setDays] = useState<number | string>(account.paymentTermsDays ?? '');
  const [limitError, setLimitError] = useState<string>();
  const { run, busy: saving } = useCommand(errorMessage);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const amount = limit.trim() === '' ? undefined : parseMoneyInput(limit, currency);
    if (limit.trim() !== '' && amount === undefined) {
      setLimitError(t('pipeline.accounts.credit.limitInvalid'));
      return;
    }
    setLimitError(undefined);
    const saved = await run(async () => {
      await setCreditTerms(account.id, {
        ...(amount === undefined ? {} : { creditLimit: { amount, currency } }),
        ...(hold ? { creditHold: true } : {}),
        ...(typeof days === 'number' ? { paymentTermsDays: days } : {}),
      });
      return true;
    }, t('pipeline.accounts.credit.saved'));
    if (saved) onDone();
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            label={t('pipeline.accounts.credit.limit')}
            description={t('pipeline.accounts.credit.limitHint')}
            value={limit}
            onChange={(event) => setLimit(event.currentTarget.value)}
            error={limitError}
            inputMode="decimal"
            autoComplete="off"
            style={{ flex: 1 }}
            data-autofocus
          />
          <Select
            label={t('pipeline.accounts.credit.currency')}
            data={currencyChoicesWith(currency, currencies.enabled)}
            value={currency}
            onChange={(value) => value && setCurrency(value)}
            allowDeselect={false}
            w={100}
            mt={22}
          />
        </Group>
        <NumberInput
          label={t('pipeline.accounts.credit.paymentTerms')}
          description={t('pipeline.accounts.credit.paymentTermsHint')}
          value={days}
          onChange={setDays}
          min={0}
          max={365}
          allowDecimal={false}
          allowNegative={false}
          w={220}
        />
        <Switch
          label={t('pipeline.accounts.credit.hold')}
          description={t('pipeline.accounts.credit.holdHint')}
          checked={hold}
          onChange={(event) => setHold(event.currentTarget.checked)}
        />
        <FormActions
          submitLabel={t('pipeline.accounts.credit.save')}
          saving={saving}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
